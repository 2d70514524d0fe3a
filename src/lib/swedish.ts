/** Small pieces of Swedish for sentences computed from the data. */

const NEUTER_NUMBERS = ['inget', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'] as const;

/** A count as a word for a neuter noun (`ett dokument`, `två dokument`), digits above twelve. */
export function countWord(count: number): string {
  return NEUTER_NUMBERS[count] ?? new Intl.NumberFormat('sv-SE').format(count);
}

const conjunction = new Intl.ListFormat('sv', { style: 'long', type: 'conjunction' });

/** `a`, `a och b`, `a, b och c`. */
export function listSv(items: readonly string[]): string {
  return conjunction.format(items);
}

/** The first letter in upper case. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

/** A category label as it reads inside a sentence (`Prioriterade områden` → `prioriterade områden`). */
export function inSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase('sv') + label.slice(1);
}

/** `Kommunstyrelsen` → `kommunstyrelsen`, for the middle of a sentence (abbreviations such as `KS` stay). */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
