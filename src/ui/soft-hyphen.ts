/** The soft hyphen (U+00AD): where a word may break, drawn as `-` only when it does. */
export const SOFT_HYPHEN = '\u00AD';

/** `text` without soft hyphens. */
export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '');
}
