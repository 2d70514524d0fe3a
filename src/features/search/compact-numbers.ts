/**
 * Non-negative integers as short strings for the search data's JSON: 64 characters that need no
 * escaping, each a digit. A number is written in base 32 with a continuation bit (one character
 * below 32, two below 1,024, and so on); a small code (below 64) can be one character.
 */

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const DIGIT_VALUE = new Map([...DIGITS].map((digit, value) => [digit.charCodeAt(0), value]));

/** A number of any size, in one or more characters. */
export function writeNumber(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`Cannot write ${value}`);
  let text = '';
  let rest = value;
  while (rest >= 32) {
    text += DIGITS[32 + (rest % 32)];
    rest = Math.floor(rest / 32);
  }
  return text + DIGITS[rest]!;
}

/** A code below 64, in one character. */
export function writeCode(value: number): string {
  const digit = DIGITS[value];
  if (!Number.isInteger(value) || digit === undefined) throw new Error(`Cannot write code ${value}`);
  return digit;
}

/** Reads what `writeNumber` and `writeCode` wrote, in order; throws on anything else. */
export class NumberReader {
  readonly #text: string;
  #at = 0;

  constructor(text: string) {
    this.#text = text;
  }

  get done(): boolean {
    return this.#at >= this.#text.length;
  }

  code(): number {
    const value = DIGIT_VALUE.get(this.#text.charCodeAt(this.#at));
    if (value === undefined) throw new Error(`Malformed search data at ${this.#at}`);
    this.#at += 1;
    return value;
  }

  number(): number {
    let value = 0;
    let scale = 1;
    let digit = this.code();
    while (digit >= 32) {
      value += (digit - 32) * scale;
      scale *= 32;
      digit = this.code();
    }
    return value + digit * scale;
  }
}
