/**
 * Does a text match any of several patterns? Asked of every line or sentence of a document, a list
 * of thirty patterns costs thirty searches even where none matches, which is nearly always. The
 * patterns are joined into one alternation per set of flags, searched once: a text it does not match
 * matches none of them, and callers go pattern by pattern only where it does.
 *
 * An alternation of patterns, with no quantifier around it, tries each alternative from each start,
 * as the patterns themselves would be tried one after the other: it takes time linear in the text
 * when each of them does. The regex audit (tests/unit/regex-audit.test.ts) checks every part on its
 * own, and leaves out the alternations built here.
 */
export function matchesAnyOf(patterns: readonly RegExp[]): (text: string) => boolean {
  const byFlags = new Map<string, string[]>();
  for (const pattern of patterns) {
    // A backreference would point at another group once the patterns are joined.
    if (/\\[1-9]|\\k</u.test(pattern.source)) throw new Error(`matchesAnyOf: ${pattern} refers back to a group; test it on its own.`);
    const flags = pattern.flags.replace(/[gy]/gu, '');
    const sources = byFlags.get(flags);
    if (sources) sources.push(`(?:${pattern.source})`);
    else byFlags.set(flags, [`(?:${pattern.source})`]);
  }
  const joined = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  return (text) => joined.some((pattern) => pattern.test(text));
}
