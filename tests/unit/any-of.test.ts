import fc from 'fast-check';
import { expect, test } from 'vitest';
import { matchesAnyOf } from '../../src/parser/text/any-of.ts';

const PATTERNS = [/^syfte\p{L}*$/iu, /(?<![\p{L}])mål(?![\p{L}])/iu, /\d{3}\s?\d{2}/u, /^[A-Z_]{2,4}%$/u, /ansvar/giu];

test('a text matches the joined patterns exactly when it matches one of them', () => {
  const anyOf = matchesAnyOf(PATTERNS);
  const words = fc.constantFrom('syfte', 'Syftet', 'mål', 'målen', 'MÅL', '123 45', 'AB%', 'ab%', 'Ansvar', 'x', ' ', '\n');
  fc.assert(
    fc.property(fc.array(words, { maxLength: 6 }), (parts) => {
      const text = parts.join('');
      expect(anyOf(text)).toBe(PATTERNS.some((pattern) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text)));
    }),
    { numRuns: 2000 },
  );
});

test('patterns of different flags keep their own (a case-sensitive one stays case-sensitive)', () => {
  const anyOf = matchesAnyOf([/^AB%$/u, /^syfte$/iu]);
  expect(anyOf('AB%')).toBe(true);
  expect(anyOf('ab%')).toBe(false);
  expect(anyOf('SYFTE')).toBe(true);
});

test('a pattern that refers back to a group is refused, as joining would change what it means', () => {
  expect(() => matchesAnyOf([/(a)\1/u])).toThrow(/refers back/u);
});
