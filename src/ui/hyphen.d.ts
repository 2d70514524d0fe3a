/**
 * The types of the `hyphen` package's Swedish entry (the package ships none): Liang's algorithm
 * with TeX's Swedish patterns (hyph-sv), as a CommonJS object.
 */
declare module 'hyphen/sv/index.js' {
  interface HyphenOptions {
    /** Words written with `-` where they may break, overriding the patterns. */
    exceptions?: readonly string[];
    /** What is put where a word may break (U+00AD unless told). */
    hyphenChar?: string;
    /** Shorter words are left whole (5 unless told). */
    minWordLength?: number;
  }
  const swedish: {
    hyphenateSync(text: string, options?: HyphenOptions): string;
  };
  export default swedish;
}
