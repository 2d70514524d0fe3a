/**
 * Characters that take no room on screen yet change what a text says: zero-width spaces and
 * joiners, the word joiner, a BOM inside the text, the soft hyphen, bidi controls that reorder what
 * is shown (a right-to-left override before `12` in `KS 2020/12` shows `KS 2020/21`), and C0/C1
 * controls except tab. A value shown to a reader, compared or searched never keeps them.
 *
 * A zero-width joiner inside an emoji is part of the character, not a trick: between a pictograph
 * (with its skin tone or emoji presentation selector) and the next pictograph it joins them into
 * one (a family, the rainbow flag, a technologist with a skin tone), and it stays. Variation
 * selectors (U+FE0F) are not invisible controls either.
 */

/** A zero-width joiner between two parts of one emoji. One character of context on each side: linear. */
const EMOJI_JOINER = String.raw`(?<emojiJoiner>(?<=[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])\u200D(?=\p{Extended_Pictographic}))`;
/** Zero-width characters, bidi controls, soft hyphen, BOM, and C0/C1 controls except tab. */
const INVISIBLE_CHARACTER = String.raw`[\u200B-\u200F\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]`;
const INVISIBLE = new RegExp(`${EMOJI_JOINER}|${INVISIBLE_CHARACTER}`, 'gu');

export interface VisibleText {
  readonly text: string;
  /** How many invisible characters were taken out (an emoji's joiner is not one). */
  readonly removed: number;
}

/** The text without its invisible characters, and how many there were. */
export function removeInvisible(text: string): VisibleText {
  let removed = 0;
  const visible = text.replace(INVISIBLE, (character: string, emojiJoiner: string | undefined) => {
    if (emojiJoiner !== undefined) return character;
    removed += 1;
    return '';
  });
  return { text: visible, removed };
}
