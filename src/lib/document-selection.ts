/**
 * Which documents a page shows, in its address: one parameter, `?d=`, on `/jamfor/`, `/ansvar/`
 * and `/teman/`, read and written here alone. The pages write a comma-separated list
 * (`?d=hylte,tyreso`, the form every shared link so far has); the document picker's form sends one
 * value per ticked box (`?d=hylte&d=tyreso`); both are read, in any mix, as are upper-case ids.
 * Pure and without site imports, so that the pages' scripts stay small.
 */

/** The address parameter that names documents. */
export const DOCUMENTS_PARAM = 'd';

const params = (search: string | URLSearchParams): URLSearchParams => (typeof search === 'string' ? new URLSearchParams(search) : search);

/** The values `?d=` names, as written (trimmed, empty ones left out), in order, repeats kept. */
export function documentValues(search: string | URLSearchParams): string[] {
  return params(search)
    .getAll(DOCUMENTS_PARAM)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/** The ids `?d=` names, in lower case, each once, in the order first named. */
export function requestedDocuments(search: string | URLSearchParams): string[] {
  return [...new Set(documentValues(search).map((value) => value.toLowerCase()))];
}

/** `d=tyreso,hylte` for a list of ids (encoded), or `''` for none. */
export function documentsParam(ids: readonly string[]): string {
  return ids.length === 0 ? '' : `${DOCUMENTS_PARAM}=${ids.map(encodeURIComponent).join(',')}`;
}

/**
 * The address `href` with `?d=` naming `ids` (removed for none), other parameters and the fragment
 * kept, the list written with plain commas.
 */
export function withDocuments(href: string, ids: readonly string[]): string {
  const url = new URL(href);
  url.searchParams.delete(DOCUMENTS_PARAM);
  const rest = url.searchParams.toString();
  const search = [documentsParam(ids), rest].filter(Boolean).join('&');
  return `${url.pathname}${search ? `?${search}` : ''}${url.hash}`;
}

/**
 * The order of a new selection: documents already shown keep their places, newly chosen ones
 * follow in the order given. (Ticking Hylte, then Tyresö, shows Hylte, Tyresö.)
 */
export function selectionOrder(previous: readonly string[], chosen: readonly string[]): string[] {
  return [...previous.filter((id) => chosen.includes(id)), ...chosen.filter((id) => !previous.includes(id))];
}
