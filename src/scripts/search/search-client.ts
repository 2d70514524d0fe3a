/**
 * The page's side of the search worker (./search-worker.ts): starts it when search is first used,
 * sends each request with a growing id, and settles it with the worker's answer — or with `null`
 * as soon as a later request overtakes it, so that only the latest answer is ever shown.
 */
import type { SearchFilters } from '../../lib/search/filters.ts';
import type { SearchReply, WorkerRequest } from '../../lib/search/protocol.ts';

interface Pending {
  readonly id: number;
  resolve(reply: SearchReply | null): void;
  reject(error: Error): void;
}

export class SearchClient {
  readonly #index: string;
  readonly #texts: string;
  #worker: Worker | undefined;
  #nextId = 1;
  #pending: Pending | undefined;

  /** `index`: the index's URL (`/sok/index.json`); `texts`: the folder of the documents' texts (`/sok/text/`). */
  constructor(index: string, texts: string) {
    this.#index = index;
    this.#texts = texts;
  }

  /** Start the worker (it fetches the index at once), unless it runs. */
  start(): void {
    if (this.#worker) return;
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'sok' });
    worker.addEventListener('message', (event: MessageEvent<SearchReply>) => {
      const pending = this.#pending;
      if (!pending || event.data.id !== pending.id) return;
      this.#pending = undefined;
      pending.resolve(event.data);
    });
    // The script did not load or failed: give up on this worker; the next search starts another.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      if (this.#worker === worker) this.#worker = undefined;
      const pending = this.#pending;
      this.#pending = undefined;
      pending?.reject(new Error('Sökningen kunde inte startas i webbläsaren.'));
    });
    this.#send(worker, { type: 'start', index: this.#index, texts: this.#texts });
    this.#worker = worker;
  }

  /** Search: settles with the answer, or with `null` if a later search overtook this one. */
  search(text: string, filters: SearchFilters, from: number, to: number): Promise<SearchReply | null> {
    this.start();
    this.#pending?.resolve(null);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending = { id, resolve, reject };
      this.#send(this.#worker!, { type: 'search', id, text, filters, from, to });
    });
  }

  /** Forget the request in flight: its answer will not be shown (the field was emptied). */
  cancel(): void {
    this.#pending?.resolve(null);
    this.#pending = undefined;
  }

  #send(worker: Worker, request: WorkerRequest): void {
    worker.postMessage(request);
  }
}
