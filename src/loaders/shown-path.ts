/**
 * A file's path as people see it, on a page or in a terminal. File names are bytes the project did
 * not choose: a control character (an escape sequence, a line break) would act on the terminal or
 * split a line of output, a bidi or zero-width character would make a name read as another, and a
 * backslash would be read as a folder separator. Each such character is shown as its code point
 * (`\u001b`), and the name is NFC, so it matches text typed on any system.
 */
import { relative, sep } from 'node:path';

const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\\]/gu;

export function shownPath(path: string): string {
  return path.normalize('NFC').replace(UNSAFE, (character) => {
    const hex = character.codePointAt(0)!.toString(16);
    return hex.length <= 4 ? `\\u${hex.padStart(4, '0')}` : `\\u{${hex}}`;
  });
}

/** A path as shown, relative to the working folder, folders separated by `/` on every system. */
export function shownRelativePath(path: string): string {
  return shownPath((relative(process.cwd(), path) || path).split(sep).join('/'));
}
