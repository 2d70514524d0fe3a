/**
 * The search worker: the engine (with fuse.js) and its data live here, off the page's main thread,
 * so that reading the index and searching never hold up typing. It fetches the index when the page
 * starts it, the hits' texts and the phrases' word positions as queries need them, and answers the page's requests with plain
 * data (`src/features/search/protocol.ts`). A request overtaken by a later one is dropped.
 */
import { positionShardPath, sectionTextPath } from '../paths.ts';
import type { ErrorReply, SearchReply, WorkerRequest } from '../protocol.ts';
import { SearchSession } from './session.ts';

/** The worker's global scope, as far as it is used here (the DOM types describe a window). */
const scope = self as unknown as {
  postMessage(message: SearchReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

/** A failure to tell the reader about, in Swedish. */
class ReadableError extends Error {}

async function fetchJson(url: string, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ReadableError(`${what} kunde inte hämtas. Kontrollera anslutningen.`);
  }
  if (!response.ok) throw new ReadableError(`${what} kunde inte hämtas (svar ${response.status}).`);
  try {
    return await response.json();
  } catch {
    throw new ReadableError(`${what} kunde inte läsas.`);
  }
}

/**
 * How long the hits' texts wait to be fetched after the hits are sent: while someone types, the
 * next keystroke (every 60–200 ms) overtakes the hits, and their texts are neither fetched nor
 * their snippets drawn; once typing pauses, the snippets follow the hits this much later.
 */
const SETTLE_MS = 100;

let session: SearchSession | undefined;
/** The id of the latest search request received. */
let latest = 0;

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type === 'start') {
    session ??= new SearchSession(
      {
        index: () => fetchJson(request.index, 'Sökindexet'),
        text: (id, position) => fetchJson(sectionTextPath(id, position, request.texts), 'Texten till en träff'),
        positions: (shard) => fetchJson(positionShardPath(shard, request.positions), 'Sökdata för fraser'),
      },
      () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS)),
    );
    // Start reading the index now; a failure is reported to the first search that needs it.
    session.searcher().catch(() => undefined);
    return;
  }
  const answering = session;
  if (!answering) return;
  latest = Math.max(latest, request.id);
  const superseded = () => request.id !== latest;
  (async () => {
    for await (const reply of answering.answer(request, superseded)) if (!superseded()) scope.postMessage(reply);
  })().catch((error: unknown) => {
    if (!(error instanceof ReadableError)) console.error(error);
    if (superseded()) return;
    const reply: ErrorReply = {
      kind: 'error',
      id: request.id,
      message: error instanceof ReadableError ? error.message : 'Sökdata kunde inte läsas. Ladda om sidan och försök igen.',
    };
    scope.postMessage(reply);
  });
});
