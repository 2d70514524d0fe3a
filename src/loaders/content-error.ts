/**
 * A problem in the content, not in the code: its message names the file and the reason, and a
 * stack trace would only bury it. Astro prints an error's stack when it has one; this has none.
 */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
    this.stack = '';
  }
}
