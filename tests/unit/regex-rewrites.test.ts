/**
 * Patterns rewritten as code for linear time (issue 11) answer exactly as the patterns did, on
 * generated texts built from the pieces those patterns read.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { endsInDotLeader } from '../../src/parser/metadata/header-fields.ts';
import { clauseBreakBefore } from '../../src/parser/responsibilities/clauses.ts';
import { LEAD_IN } from '../../src/parser/responsibilities/fallbacks.ts';
import { isShallLeadIn } from '../../src/parser/sections/content-parts.ts';

const pieces = (...words: string[]) => fc.array(fc.constantFrom(...words, ' ', '  ', '\t', '\n', '\u00a0', ',', ';', ':', '.', '!', '?', 'x', 'Ö', '𝐀', '-', '…'), { maxLength: 14 }).map((parts) => parts.join(''));
const settings = { numRuns: 3000, seed: 11 };

test('clause breaks: the index the pattern found', () => {
  const OLD = /(?:\s*[,;]\s*(?:(?:och|samt|men)\s+)?|\s+(?:och|samt|men|medan)\s+)$/iu;
  fc.assert(fc.property(pieces('och', 'OCH', 'samt', 'men', 'medan', 'xmen', 'ſamt'), (text) => {
    expect(clauseBreakBefore(text)).toBe(OLD.exec(text)?.index);
  }), settings);
});

test('lead-ins of duty lists', () => {
  const OLD = /(?::|(?<![\p{L}\p{N}])(?:att|genom|följande|nedan))\s*$/iu;
  fc.assert(fc.property(pieces('att', 'ATT', 'skatt', 'genom', 'följande', 'nedan', '1att'), (text) => {
    expect(LEAD_IN.test(text)).toBe(OLD.test(text));
  }), settings);
});

test('lead-ins with `ska` before a list of goals', () => {
  const OLD = /(?<![\p{L}])(?:ska|skall)(?![\p{L}])[^.!?]*[:;]\s*$/iu;
  fc.assert(fc.property(pieces('ska', 'SKALL', 'skal', 'xska', 'ska1'), (text) => {
    expect(isShallLeadIn(text)).toBe(OLD.test(text));
  }), settings);
});

test('dot leaders at the end of a label', () => {
  const OLD = /(?:\.{3,}|…)\s*$/u;
  fc.assert(fc.property(pieces('...', '..'), (text) => {
    expect(endsInDotLeader(text)).toBe(OLD.test(text));
  }), settings);
});
