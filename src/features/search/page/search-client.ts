/**
 * The page's side of the search worker (./search-worker.ts): starts it when search is first used,
 * sends each request with a growing id, and passes on the worker's answers to the latest request
 * only: as soon as a later request is sent (or the search cancelled), an earlier one's answers
 * are dropped, so that a slow answer never replaces a newer one.
 */
import type { SearchFilters } from '../filters.ts';
import { isFinalReply, type SearchReply, type StartRequest, type WorkerRequest } from '../protocol.ts';

/** What to do with the answers to one request. */
export interface SearchHandlers {
  /** An answer: the hits (perhaps followed by their snippets), nothing to search for, or an error message. */
  reply(reply: SearchReply): void;
  /** The worker could not be started, or failed. */
  failed(error: Error): void;
}

export class SearchClient {
  readonly #data: Omit<StartRequest, 'type'>;
  #worker: Worker | undefined;
  #nextId = 1;
  #current: { readonly id: number; readonly handlers: SearchHandlers } | undefined;

  /** Where the search data is: the index (`/sok/index.json`), the folders of the texts (`/sok/text/`) and of the positions (`/sok/positioner/`). */
  constructor(data: Omit<StartRequest, 'type'>) {
    this.#data = data;
  }

  /** Start the worker (it fetches the index at once), unless it runs. */
  start(): void {
    if (this.#worker) return;
    const worker = new Worker(new URL('../worker/search-worker.ts', import.meta.url), { type: 'module', name: 'sok' });
    worker.addEventListener('message', (event: MessageEvent<SearchReply>) => {
      const current = this.#current;
      if (!current || event.data.id !== current.id) return;
      if (isFinalReply(event.data)) this.#current = undefined;
      current.handlers.reply(event.data);
    });
    // The script did not load or failed: give up on this worker; the next search starts another.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      if (this.#worker === worker) this.#worker = undefined;
      const current = this.#current;
      this.#current = undefined;
      current?.handlers.failed(new Error('Sökningen kunde inte startas i webbläsaren.'));
    });
    this.#send(worker, { type: 'start', ...this.#data });
    this.#worker = worker;
  }

  /** Search for `text` with `filters` (grouping the hits by municipality if `group`), describing hits `from` to `to`; drops the answers to any earlier search. */
  search(text: string, filters: SearchFilters, group: boolean, from: number, to: number, handlers: SearchHandlers): void {
    this.start();
    const id = this.#nextId++;
    this.#current = { id, handlers };
    this.#send(this.#worker!, { type: 'search', id, text, filters, group, from, to });
  }

  /** Drop the answers to the search in flight (the field was emptied). */
  cancel(): void {
    this.#current = undefined;
  }

  #send(worker: Worker, request: WorkerRequest): void {
    worker.postMessage(request);
  }
}
