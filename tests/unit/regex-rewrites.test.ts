/**
 * Patterns rewritten for linear time (issue 11) answer exactly as the patterns did, on generated
 * texts built from the pieces those patterns read: each test runs the old pattern and the new
 * pattern or code side by side (fixed seed). Where the parser only asks whether a pattern matches,
 * only that is compared; otherwise where it matches and every group it captures.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LABEL_AND_COLON } from '../../src/parser/facts.ts';
import { REVISION_BEFORE } from '../../src/parser/metadata/adoption.ts';
import { COLON_ROW, DNR_LINE, endsInDotLeader, tabRow } from '../../src/parser/metadata/header-fields.ts';
import { REFERENCE_PATTERN } from '../../src/parser/metadata/reference-numbers.ts';
import { CONTACT_LABEL, OPENING_HOURS, PHONE_NUMBER } from '../../src/parser/noise/contact-details.ts';
import { PAGE_LABEL } from '../../src/parser/noise/page-numbers.ts';
import { PAGE_STATUS, SHARE_LINE, VIEWER_SIZE, VIEWER_START, VIEWER_VIEWS } from '../../src/parser/noise/site-chrome.ts';
import { titleBeforeLeader, titleBeforePage } from '../../src/parser/noise/table-of-contents.ts';
import { clauseBreakBefore, NAMES_A_FIELD, nextPartSeparator } from '../../src/parser/responsibilities/clauses.ts';
import { LEAD_IN } from '../../src/parser/responsibilities/fallbacks.ts';
import { isShallLeadIn } from '../../src/parser/sections/content-parts.ts';
import { wordBeforeTrailingSpace } from '../../src/parser/text/trim.ts';
import { atxHeading, BULLET } from '../../src/parser/tree/parse-blocks.ts';
import { withoutInnermostParts } from '../../src/taxonomy/actors.ts';

/** Texts of up to 14 pieces: the words given, white space of every kind, line breaks, punctuation, letters outside ASCII. */
const pieces = (...words: string[]) =>
  fc
    .array(fc.constantFrom(...words, ' ', '  ', '\t', '\n', '\u2028', '\u00a0', ',', ';', ':', '.', '!', '?', 'x', 'Ö', '𝐀', '-', '…'), { maxLength: 14 })
    .map((parts) => parts.join(''));
const settings = { numRuns: 3000, seed: 11 };

const WHITE_SPACE = [' ', '  ', '   ', '\t', ' \t ', '\u00a0', '\n', '\u2028'];
/**
 * Lines as an anchored pattern reads them: one of the heads, up to `maxLength` pieces (the words
 * given, white space of every kind, a few others), one of the tails.
 */
const lines = (heads: readonly string[], words: readonly string[], maxLength = 8, tails: readonly string[] = ['']) =>
  fc
    .tuple(fc.constantFrom(...heads), fc.array(fc.constantFrom(...words, ...WHITE_SPACE, 'x', ':', '.'), { maxLength }), fc.constantFrom(...tails))
    .map(([head, parts, tail]) => head + parts.join('') + tail);

/** Where a pattern matches and what it captures, or null. */
function matchOf(pattern: RegExp, text: string) {
  const match = pattern.exec(text);
  return match && { index: match.index, groups: [...match] };
}

/** The new pattern finds the same match as the old one, with the same groups, on every generated text. */
function sameMatches(old: RegExp, rewritten: RegExp, texts: fc.Arbitrary<string>) {
  fc.assert(
    fc.property(texts, (text) => {
      expect(matchOf(rewritten, text)).toEqual(matchOf(old, text));
    }),
    settings,
  );
}

/** The new pattern matches where the old one did, on every generated text (the parser asks no more). */
function sameVerdicts(old: RegExp, rewritten: RegExp, texts: fc.Arbitrary<string>) {
  fc.assert(
    fc.property(texts, (text) => {
      expect(rewritten.test(text)).toBe(old.test(text));
    }),
    settings,
  );
}

describe('read with code instead of an end-anchored pattern', () => {
  test('clause breaks: the index the pattern found', () => {
    const OLD = /(?:\s*[,;]\s*(?:(?:och|samt|men)\s+)?|\s+(?:och|samt|men|medan)\s+)$/iu;
    fc.assert(
      fc.property(pieces('och', 'OCH', 'samt', 'men', 'medan', 'xmen', 'ſamt'), (text) => {
        expect(clauseBreakBefore(text)).toBe(OLD.exec(text)?.index);
      }),
      settings,
    );
  });

  test('lead-ins of duty lists', () => {
    const OLD = /(?::|(?<![\p{L}\p{N}])(?:att|genom|följande|nedan))\s*$/iu;
    fc.assert(
      fc.property(pieces('att', 'ATT', 'skatt', 'genom', 'följande', 'nedan', '1att'), (text) => {
        expect(LEAD_IN.test(text)).toBe(OLD.test(text));
      }),
      settings,
    );
  });

  test('lead-ins with `ska` before a list of goals', () => {
    const OLD = /(?<![\p{L}])(?:ska|skall)(?![\p{L}])[^.!?]*[:;]\s*$/iu;
    fc.assert(
      fc.property(pieces('ska', 'SKALL', 'skal', 'xska', 'ska1'), (text) => {
        expect(isShallLeadIn(text)).toBe(OLD.test(text));
      }),
      settings,
    );
  });

  test('dot leaders at the end of a label', () => {
    const OLD = /(?:\.{3,}|…)\s*$/u;
    fc.assert(
      fc.property(pieces('...', '..'), (text) => {
        expect(endsInDotLeader(text)).toBe(OLD.test(text));
      }),
      settings,
    );
  });

  test('the word before the white space that ends a text', () => {
    const OLD = /([\p{L}]+)\s+$/u;
    fc.assert(
      fc.property(pieces('ska', 'Ansvarar', 'x1', '1'), (text) => {
        const old = OLD.exec(text);
        expect(wordBeforeTrailingSpace(text)).toEqual(old ? { word: old[1], index: old.index } : undefined);
      }),
      settings,
    );
  });

  test('separators between coordinated parts, searched from any index', () => {
    const OLD = /\s*[,;]\s*(?:(?:och|samt)\s+)?|\s+(?:och|samt)\s+/giu;
    const texts = pieces('och', 'OCH', 'samt', 'ſamt', 'ochx', 'xoch', 'men');
    fc.assert(
      fc.property(texts, fc.nat(), (text, from) => {
        const start = from % (text.length + 1);
        OLD.lastIndex = start;
        const old = OLD.exec(text);
        expect(nextPartSeparator(text, start)).toEqual(old ? { index: old.index, end: old.index + old[0].length } : undefined);
      }),
      settings,
    );
  });

  test('a header row written with a tab: label and value', () => {
    const OLD = /^[ \t]*([^\t]*?)[ \t]*:?[ \t]*\t[\t ]*(.*?)[ \t]*$/u;
    fc.assert(
      fc.property(lines(['', '\t', ' ', 'Diarienummer', ':'], ['Gäller t o m', '\t', '\t\t', ' \t', ': ', 'a b']), (text) => {
        const old = OLD.exec(text);
        expect(tabRow(text)).toEqual(old ? { label: old[1], rest: old[2] } : undefined);
      }),
      settings,
    );
  });

  test('an ATX heading: depth and text', () => {
    const OLD = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/u;
    fc.assert(
      fc.property(lines(['#', '##', '######', '#######', ' #', 'x'], ['#', '##', ' #', '# ', 'Syfte']), (text) => {
        const old = OLD.exec(text);
        expect(atxHeading(text)).toEqual(old ? { depth: old[1]!.length, content: old[2] } : undefined);
      }),
      settings,
    );
  });

  test('a table-of-contents entry with a page number: its title', () => {
    const OLD = /^(?:(\d+(?:\.\d+)*)\.?\s+)?(.+?)(?:\s*\.{2,}\s*|\s*\t\s*|\s{2,})(\d{1,3})$/u;
    const entries = lines(['', '1', '2.1', '12.'], ['1', '12', '2.1', '.', '..', '...', 'Syfte', 'Mål 2'], 8, ['', '3', '12', '123', '1234']);
    fc.assert(
      fc.property(entries, (text) => {
        expect(titleBeforePage(text)).toBe(OLD.exec(text)?.[2]);
      }),
      settings,
    );
  });

  test('a table-of-contents entry with a dot leader: its title', () => {
    const OLD = /^(?:(\d+(?:\.\d+)*)\.?\s+)?(.+?)\s*\.{3,}$/u;
    const entries = lines(['', '1', '2.1', '12.'], ['1', '12', '2.1', '.', '..', '...', 'Syfte'], 8, ['', '..', '...', '....']);
    fc.assert(
      fc.property(entries, (text) => {
        expect(titleBeforeLeader(text)).toBe(OLD.exec(text)?.[2]);
      }),
      settings,
    );
  });

  test('the innermost groups, classes and counts of a taxonomy pattern, replaced', () => {
    const OLD = /\([^()]*\)[?*+]?|\[[^\]]*\][?*+]?|\\[pP]\{[^}]*\}[?*+]?|\{\d+(,\d*)?\}/gu;
    const sources = fc
      .array(
        fc.constantFrom('(', ')', '(?:', '[', ']', '[^', '\\p{', '\\P{', '\\', 'L}', '}', '{', '{2', '{1,', '3}', ',', '?', '*', '+', '|', 'ab', 'ö', '𝐀'),
        { maxLength: 16 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(sources, (source) => {
        expect(withoutInnermostParts(source)).toBe(source.replace(OLD, '\u0000'));
      }),
      settings,
    );
  });
});

describe('rewritten so that a run of white space is read one way', () => {
  test('a unit named by its field: `för` between white space', () => {
    sameVerdicts(/\s+för\s+/iu, NAMES_A_FIELD, lines(['enheten', ''], ['för', 'FÖR', 'enheten', 'förvaltning']));
  });

  test('a document viewer: size control, view counter, header block', () => {
    const texts = lines(['storlek:', 'Storlek:', 'visningar', 'views', 'download', 'x'], ['100', '1', '"', '”'], 5, ['', 'px', '1 px', '"']);
    sameMatches(/^storlek:\s*\d*\s*px$/iu, VIEWER_SIZE, texts);
    sameMatches(/^(visningar|views):?\s*[\d\s]*$/iu, VIEWER_VIEWS, texts);
    sameMatches(/^(storlek:\s*\d*\s*px|download\s+["“”])/iu, VIEWER_START, texts);
  });

  test('a page-status line', () => {
    const OLD =
      /^(?:[•·\-*]\s*)?(?:sidan\s+|senast\s+|denna sida\s+)?(?:uppdaterad|uppdaterades|ändrad|ändrades|granskad|granskades|publicerad|publicerades)(?:\s+(?:den|senast))?\s*:?\s*(?:\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})?(?:\s*(?:av|,)\s+.{1,60})?$/iu;
    const texts = lines(
      ['uppdaterad', 'Sidan uppdaterades', '• senast ändrad', 'granskad', 'x'],
      ['den', 'senast', '3', 'mars', 'mar.', '2021', '2021-03-03', 'av', ',', 'Anna'],
    );
    sameVerdicts(OLD, PAGE_STATUS, texts);
  });

  test('a page label: `Sida 3 av 12`', () => {
    const OLD = /^(sida|sid\.?|s\.)\s*:?\s*\d{1,3}(\s*(av|\/)\s*\d{1,3}|\s*\(\s*\d{1,3}\s*\))?$/iu;
    sameMatches(OLD, PAGE_LABEL, lines(['sida', 'Sid.', 's.', 'sida:', 'x'], ['3', '12', '1234', 'av', '/', '(', ')'], 5, ['', '3', '(12)']));
  });

  test('contact lines: a label, a telephone number, opening hours', () => {
    const LABEL =
      /^(tfn|tel|telefon|mobil|mobiltelefon|fax|växel|e-post|epost|mejl|e-mail|mail|besöksadress|postadress|leveransadress|fakturaadress|adress|öppettider|telefontid|telefontider|besökstid|besökstider|org\.?\s?nr|organisationsnummer|bankgiro|plusgiro|swish)(\s+för\s+\p{L}+)?\s*:?(\s+.{1,80})?$/iu;
    const PHONE = /^(tfn|tel\.?|telefon|mobil)?\s*:?\s*(\+\s?46|0)[\d\s\-–()]{5,16}\d$/iu;
    const HOURS =
      /^(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|vardagar|helgdagar|helger)(\s*[-–]\s*(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag))?\s*:?(\s+(kl\.?\s*)?\d{1,2}([.:]\d{2})?\s*[-–]\s*\d{1,2}([.:]\d{2})?)?$/iu;
    sameVerdicts(LABEL, CONTACT_LABEL, lines(['Telefon', 'org. nr', 'x'], ['för', 'besökare', 'namn@kommun.se', 'a'.repeat(40)]));
    sameVerdicts(PHONE, PHONE_NUMBER, lines(['', 'Tel', 'tfn:', 'Tel.'], ['+46', '+ 46', '0', '08', '123', '45', '(0)', '–'], 8, ['', '67']));
    sameVerdicts(HOURS, OPENING_HOURS, lines(['Måndag', 'vardagar', 'x'], ['–', 'fredag', 'kl.', 'kl', '8', '16.30', '8:00', '17']));
  });

  test('a `Label: rest` line of front matter', () => {
    const OLD = /^([^:]{1,50}):\s*(.*)$/u;
    const texts = lines(['Antagen av', ':', 'x', 'a'.repeat(30)], ['Datum', 'a'.repeat(30)]);
    fc.assert(
      fc.property(texts, (text) => {
        const old = OLD.exec(text);
        expect(LABEL_AND_COLON.exec(text)?.slice(0, 2)).toEqual(old?.slice(0, 2));
      }),
      settings,
    );
  });

  test('header rows: `Label: value` and `Dnr value`', () => {
    // (an empty value is no group now, where it was an empty one: the parser reads both as '')
    const OLD_COLON_ROW = /^[ \t]*(\p{L}[\p{L}\p{N} .\-/]{0,40}?)[ \t]*:[ \t]*(.*?)[ \t]*$/u;
    fc.assert(
      fc.property(lines(['Gäller från', ' Dnr', 'a'.repeat(20), '2020'], ['Dnr', 'a'.repeat(20), '2020', '/']), (text) => {
        const row = COLON_ROW.exec(text);
        expect(row && { index: row.index, groups: [row[0], row[1], row[2] ?? ''] }).toEqual(matchOf(OLD_COLON_ROW, text));
      }),
      settings,
    );
    sameMatches(
      /^[ \t]*((?:[Dd]iarienummer|[Dd]iarienr|[Dd]nr|DNR)\.?)[ \t]+(\S.*?)[ \t]*$/u,
      DNR_LINE,
      lines(['Dnr', ' DNR.', '\tdiarienummer', 'x'], ['KS', '2020/12']),
    );
  });

  test('a bullet and the text after it', () => {
    sameMatches(/^[ \t]*([-*+•–—·▪●◦■□➢►✓]|o(?=[ \t]))(?:[ \t]+(.*))?$/u, BULLET, lines(['•', ' *', 'o', 'oj', '\t-', 'x'], ['•', 'Text']));
  });

  test('a date after a revision', () => {
    sameVerdicts(
      /revider\p{L}*\s+(?:\p{L}+\s+){0,3}$/iu,
      REVISION_BEFORE,
      lines(['', 'x ', '1 '], ['reviderad', 'Reviderades', 'orevider', 'den', '3', 'mars', 'senast', 'revider', '𝐀']),
    );
  });
});

describe('reference numbers: the chain of series codes read from its first code', () => {
  // The old pattern, rebuilt from the new one's source (where `/` is written `\/`) by undoing the
  // three changes (each replacement must happen): the colon between label and value written `SPACE*:?SPACE*`, a series code tried
  // from every code of a chain, and the digit of a labelled value looked for as far as it goes.
  const rebuild = (source: string, from: string, to: string) => {
    expect(source).toContain(from);
    return source.replace(from, to);
  };
  const SPACE = String.raw`[ \t\u00A0]`;
  let oldSource = rebuild(REFERENCE_PATTERN.source, String.raw`${SPACE}*(?::${SPACE}*)?`, String.raw`${SPACE}*:?${SPACE}*`);
  oldSource = rebuild(oldSource, String.raw`(?<!(?<![\p{L}\p{N}])\p{Lu}{2,8}\/)(?<seriesCode>`, '(?<seriesCode>');
  oldSource = rebuild(oldSource, String.raw`[\p{L}\p{N}./:\-]{0,39}\p{N}`, String.raw`[\p{L}\p{N}./:\-]*\p{N}`);
  const OLD = new RegExp(oldSource, REFERENCE_PATTERN.flags);

  test('every match the same on texts shorter than the reach of a labelled value', () => {
    const short = fc
      .array(
        fc.constantFrom(
          'KS',
          'KF',
          'AB',
          'ABCDEFGHI',
          'Kst',
          'Ä',
          '/',
          ':',
          '.',
          '-',
          ' ',
          '\u00a0',
          '\t',
          '2020',
          '12',
          '5',
          'Dnr',
          'dnr.',
          'DNR',
          '§',
          'a',
          'SFS',
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(''));
    const matches = (pattern: RegExp, text: string) =>
      [...text.matchAll(pattern)].map((match) => ({ index: match.index, text: match[0], groups: match.groups }));
    fc.assert(
      fc.property(
        short.filter((text) => text.length < 40),
        (text) => {
          expect(matches(REFERENCE_PATTERN, text)).toEqual(matches(OLD, text));
        },
      ),
      settings,
    );
  });
});

describe('a share line: where to share starts with a letter (a deliberate narrowing)', () => {
  const OLD = /^(dela|dela sidan|dela artikeln)(\s+på\s+[\p{L} ]{2,30})?(\s+dela på\s+\p{L}+)*$/iu;

  test('the rule: `Dela`, `Dela sidan`, `Dela artikeln`, then `på` and 2–30 letters and spaces that start with a letter, then more `dela på X`', () => {
    for (const line of ['Dela', 'Dela sidan på Facebook', 'dela artikeln på Linked In', 'Dela på Facebook dela på LinkedIn', 'Dela på X dela på Facebook']) {
      expect(SHARE_LINE.test(line), line).toBe(true);
    }
    // The old pattern also let the place borrow spaces from before it: `på  X` was a place of two
    // characters, ` X`; `på X` was none. Now neither is: a place is two characters or more.
    for (const line of ['Dela på  X', 'Dela på X', 'Dela på 1234', `Dela på ${'a'.repeat(31)}`, 'Dela gärna sidan']) {
      expect(SHARE_LINE.test(line), line).toBe(false);
    }
  });

  test('otherwise the same lines as before', () => {
    const space = fc.constantFrom(' ', '  ', '\t', ' \t ');
    const place = fc.constantFrom('Facebook', 'Fa', 'Linked In', 'a b c', 'Twitter ', 'x'.repeat(30), 'x'.repeat(31), '1');
    const shares = fc
      .tuple(
        fc.constantFrom('Dela', 'dela sidan', 'Dela artikeln', 'Dela gärna'),
        fc.option(fc.tuple(space, space, place).map(([before, after, where]) => `${before}på${after}${where}`)),
        fc.array(
          fc.tuple(space, space, fc.constantFrom('Facebook', 'X', '')).map(([before, after, where]) => `${before}dela på${after}${where}`),
          { maxLength: 3 },
        ),
        fc.constantFrom('', ' ', '\n'),
      )
      .map(([head, to, more, tail]) => head + (to ?? '') + more.join('') + tail);
    sameVerdicts(OLD, SHARE_LINE, shares);
  });
});
