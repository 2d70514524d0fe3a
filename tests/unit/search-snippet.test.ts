/** Snippets and marks: plain segments from the original text, cut between words, never mid-character. */
import { describe, expect, test } from 'vitest';
import { matchRanges } from '../../src/features/search/worker/highlight.ts';
import { pickParagraphs } from '../../src/features/search/worker/hit-view.ts';
import { makeSnippet, markSegments, SNIPPET_LENGTH } from '../../src/features/search/worker/snippet.ts';
import { tokenise } from '../../src/features/search/text.ts';

const render = (segments: readonly { text: string; mark: boolean }[]) =>
  segments.map((segment) => (segment.mark ? `[${segment.text}]` : segment.text)).join('');

describe('marks', () => {
  test('marked ranges become marked segments; overlapping and touching ranges merge', () => {
    expect(
      render(
        markSegments('Vänort och vänortsavtal', [
          { start: 0, end: 6 },
          { start: 11, end: 23 },
        ]),
      ),
    ).toBe('[Vänort] och [vänortsavtal]');
    expect(
      render(
        markSegments('abcdef', [
          { start: 1, end: 4 },
          { start: 2, end: 5 },
        ]),
      ),
    ).toBe('a[bcde]f');
    expect(
      render(
        markSegments('abcdef', [
          { start: 1, end: 3 },
          { start: 3, end: 5 },
        ]),
      ),
    ).toBe('a[bcde]f');
    expect(render(markSegments('abc', []))).toBe('abc');
    expect(render(markSegments('abc', [{ start: 2, end: 99 }]))).toBe('ab[c]');
  });

  test('a phrase is marked only where its words stand together', () => {
    const text = 'Kommunstyrelsen beslutar om medlemskap. Om medlemskap beslutar fullmäktige.';
    const keys = [new Set(['beslutar']), new Set(['om']), new Set(['medlemskap'])];
    expect(render(markSegments(text, matchRanges(tokenise(text), [{ keys }])))).toBe(
      'Kommunstyrelsen [beslutar om medlemskap]. Om medlemskap beslutar fullmäktige.',
    );
  });

  test('a free word marks every form it matched, in the text as written', () => {
    const text = 'Vänorter, VÄNORT och vänortsavtal men inte ort.';
    const keys = [new Set(['vanorter', 'vanort', 'vanortsavtal'])];
    expect(render(markSegments(text, matchRanges(tokenise(text), [{ keys }])))).toBe('[Vänorter], [VÄNORT] och [vänortsavtal] men inte ort.');
  });
});

describe('snippets', () => {
  const long = `${'Inledande ord som inte har med saken att göra. '.repeat(8)}Här står vänort i mitten av texten. ${'Avslutande ord som inte heller hör hit. '.repeat(8)}`;
  const at = long.indexOf('vänort');

  test('a short text is shown whole', () => {
    const snippet = makeSnippet('Kort text om vänort.', [{ start: 13, end: 19, clause: 0 }]);
    expect(snippet).toMatchObject({ clippedStart: false, clippedEnd: false });
    expect(render(snippet.segments)).toBe('Kort text om [vänort].');
  });

  test('a long text is cut around the match, between words, and says where it was cut', () => {
    const snippet = makeSnippet(long, [{ start: at, end: at + 6, clause: 0 }]);
    const text = render(snippet.segments);
    expect(snippet).toMatchObject({ clippedStart: true, clippedEnd: true });
    expect(text).toContain('[vänort]');
    expect(text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    expect(long).toContain(text.replace(/[[\]]/gu, ''));
    expect(text.startsWith(' ')).toBe(false);
    expect(/\p{L}$/u.test(long.slice(0, long.indexOf(text.replace(/[[\]]/gu, ''))))).toBe(false);
  });

  test('the window favours the place where most clauses match', () => {
    const text = `alfa ${'x '.repeat(200)}beta gamma alfa ${'y '.repeat(200)}`;
    const ranges = [
      { start: 0, end: 4, clause: 0 },
      { start: text.indexOf('beta'), end: text.indexOf('beta') + 4, clause: 1 },
      { start: text.indexOf('alfa', 10), end: text.indexOf('alfa', 10) + 4, clause: 0 },
    ];
    expect(render(makeSnippet(text, ranges).segments)).toContain('[beta] gamma [alfa]');
  });

  test('a cut never splits a surrogate pair (emoji)', () => {
    const text = `${'😀'.repeat(200)}vänort${'😀'.repeat(200)}`;
    const start = text.indexOf('vänort');
    const snippet = makeSnippet(text, [{ start, end: start + 6, clause: 0 }]);
    for (const segment of snippet.segments) expect(segment.text).toBe(segment.text.toWellFormed());
  });

  test('paragraphs are picked for the clauses they cover', () => {
    const r = (clause: number) => ({ start: 0, end: 1, clause });
    expect(pickParagraphs([[], [r(0)], [r(0), r(1)], [r(1)]])).toEqual([2]);
    expect(pickParagraphs([[r(0)], [], [r(1)]])).toEqual([0, 2]);
    expect(pickParagraphs([[], []])).toEqual([0]);
    expect(pickParagraphs([])).toEqual([]);
  });
});
