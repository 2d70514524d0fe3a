/**
 * The source view's lines (`src/features/document/source-view.ts`): every source line once, in
 * order, verbatim; an anchor for every citation a section gives, each once; and what the parser
 * took out marked on the right lines, a whole line only when the whole line went.
 */
import { describe, expect, test } from 'vitest';
import { sourceView } from '../../src/features/document/source-view.ts';
import { decodeDocument } from '../../src/parser/decode.ts';
import { sourceRangeAnchor } from '../../src/lib/routes.ts';
import { parseSeed, parseTextOrThrow, SEEDS, seedBytes, type SeedName } from '../support/parse.ts';

describe.each(Object.keys(SEEDS) as SeedName[])('%s', (name) => {
  test("every line once, in order, verbatim; every section's citation has exactly one anchor", async () => {
    const document = await parseSeed(name);
    const decoded = decodeDocument(seedBytes(name));
    const text = decoded.ok ? decoded.text : '';
    const ranges = sourceView(document, text);
    const lines = ranges.flatMap((range) => range.lines);
    expect(lines.map((line) => line.number)).toEqual(lines.map((_, index) => index + 1));
    expect(lines.map((line) => line.text)).toEqual(text.split(/\r\n|\r|\n/u));
    const anchors = ranges.flatMap((range) => [range.anchor, ...range.alsoAnchors]).filter((anchor) => anchor !== null);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const section of document.sections) {
      if (section.source.startLine === section.source.endLine) continue;
      expect(anchors, section.id).toContain(sourceRangeAnchor(section.source.startLine, section.source.endLine));
    }
  });

  test('a part taken out of a line is shown as a part, and the line is not struck', async () => {
    const document = await parseSeed(name);
    const decoded = decodeDocument(seedBytes(name));
    const lines = sourceView(document, decoded.ok ? decoded.text : '').flatMap((range) => range.lines);
    const partial = document.removed.filter(
      (removal) => removal.startLine === removal.endLine && removal.text.trim() !== '' && removal.text.trim() !== lines[removal.startLine - 1]!.text.trim(),
    );
    for (const removal of partial) {
      const line = lines[removal.startLine - 1]!;
      expect(line.removedBecause, `line ${line.number}`).toBeNull();
      expect(line.removedParts).toContainEqual({ text: removal.text.trim(), reason: removal.reason });
    }
  });
});

test('a page number alone on a line is a line taken out; one inside a line is a part taken out', async () => {
  const text = [
    'Policy för internationellt arbete i Exempelby kommun',
    '',
    'Syfte',
    '',
    'Policyn ska ge riktning åt det internationella arbetet.',
    '',
    '2',
    '',
    'Mål',
    '',
    'Kommunen ska delta i europeiska nätverk.',
  ].join('\n');
  const document = await parseTextOrThrow(text);
  const removal = document.removed.find((entry) => entry.startLine === 7);
  expect(removal?.text).toBe('2');
  const lines = sourceView(document, text).flatMap((range) => range.lines);
  expect(lines[6]).toMatchObject({ number: 7, text: '2', removedBecause: removal!.reason, removedParts: [] });
  // Nothing else is marked.
  expect(lines.filter((line) => line.removedBecause !== null || line.removedParts.length > 0).map((line) => line.number)).toEqual([7]);
});
