/**
 * The document picker's build-time data (DocumentPicker.astro): the documents it lists, what to
 * call them, and the style sheet that makes it work without JavaScript.
 *
 * Without JavaScript the ticked boxes choose by CSS alone: while any box of the picker is ticked,
 * every element of a document whose box is not (`[data-col="id"]` in the comparison,
 * `[data-kommun="id"]` on Vem gör vad and Teman) is not displayed. The rules name the page's own
 * documents, so they are written per page, as an inline `<style>` the page allows by its hash in
 * the Content-Security-Policy (`Astro.csp.insertStyleHash`). Once the picker's script runs it marks
 * the form `data-enhanced`, which turns the rules off, and shows the choice itself.
 */

export interface PickerItem {
  /** The document id, the box's value in `?d=`. */
  id: string;
  /** `Hylte`, `Botkyrka 2025`. */
  label: string;
}

export interface DocumentPickerData {
  items: PickerItem[];
  /** `kommuner` while each document is a municipality of its own, else `dokument`. */
  unit: 'kommuner' | 'dokument';
  /** The rules that choose without JavaScript. */
  css: string;
  /** Their hash for the page's `style-src` (`sha256-…`). */
  hash: string;
}

/** A document id as the site makes them: the only values a rule is written for. */
const SAFE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** The id of a document's box (`valj-hylte`). */
export const pickerBoxId = (documentId: string): string => `valj-${documentId}`;

/** The picker's data for documents in the order it lists them. */
export async function documentPickerData(documents: readonly { id: string; label: string; municipality: string | null }[]): Promise<DocumentPickerData> {
  const municipalities = documents.map((document) => document.municipality);
  const unit = municipalities.every((name) => name !== null) && new Set(municipalities).size === documents.length ? 'kommuner' : 'dokument';
  const css = pickerRules(documents.map((document) => document.id));
  return { items: documents.map(({ id, label }) => ({ id, label })), unit, css, hash: await styleHash(css) };
}

/** One rule per document: hidden while some box is ticked and its own is not. */
export function pickerRules(ids: readonly string[]): string {
  const picking = 'body:has([data-document-picker]:not([data-enhanced]) input:checked)';
  return ids
    .filter((id) => SAFE_ID.test(id))
    .map((id) => `${picking}:has(#${pickerBoxId(id)}:not(:checked)) :is([data-col="${id}"], [data-kommun="${id}"]) { display: none; }`)
    .join('\n');
}

/** The CSP source of an inline style: `sha256-` and the base64 of the SHA-256 of its text. */
async function styleHash(css: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}
