/**
 * Soft hyphens in long Swedish words (src/ui/hyphenate.ts): breaks only where Swedish allows
 * (TeX's Swedish patterns), short words and text without letters untouched, and the text itself
 * never changed: removing the soft hyphens gives it back.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hyphenate, MIN_WORD_LENGTH, SOFT_HYPHEN, withoutSoftHyphens } from '../../src/ui/hyphenate.ts';

/** The soft hyphens shown as `·`, to read the breaks. */
const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '·');

describe('hyphenate', () => {
  test('long Swedish compounds break between syllables, and at the seam of the compound', () => {
    expect(shown(hyphenate('Kommunfullmäktige'))).toBe('Kom·mun·full·mäk·ti·ge');
    expect(shown(hyphenate('Kommunledningskontoret'))).toBe('Kom·mun·led·nings·kon·to·ret');
    expect(shown(hyphenate('Omvärldsbevakning'))).toBe('Om·världs·be·vak·ning');
    expect(shown(hyphenate('finansieringsmöjligheter'))).toBe('fi·nan·sie·rings·möj·lig·he·ter');
    expect(shown(hyphenate('samarbetsavtal'))).toBe('sam·ar·bets·av·tal');
  });

  test('a word in capitals breaks where the same word in lower case does', () => {
    expect(shown(hyphenate('KOMMUNLEDNINGSKONTORETS'))).toBe('KOM·MUN·LED·NINGS·KON·TO·RETS');
  });

  test('compounds the patterns split wrongly break at their seams, in any letter case', () => {
    // The patterns alone give `kom·munö·ver·gri·pan·de`, `Styr·do·ku·ment·sjäm·fö·ra·ren` and `Do·ku·men·t·an·sva·rig`.
    expect(shown(hyphenate('kommunövergripande'))).toBe('kom·mun·över·gri·pan·de');
    expect(shown(hyphenate('Kommunövergripande'))).toBe('Kom·mun·över·gri·pan·de');
    expect(shown(hyphenate('Styrdokumentsjämföraren'))).toBe('Styr·do·ku·ments·jäm·fö·ra·ren');
    expect(shown(hyphenate('EU-projektansökningar'))).toBe('EU-pro·jekt·an·sök·ning·ar');
    expect(shown(hyphenate('Dokumentansvarig'))).toBe('Do·ku·ment·an·sva·rig');
  });

  test('every word in a sentence is hyphenated on its own; punctuation and spaces stay where they are', () => {
    expect(shown(hyphenate('Kommunstyrelsens arbetsutskott (KSAU) beslutar om vänorter.'))).toBe(
      'Kom·mun·sty·rel·sens ar·bets·ut·skott (KSAU) beslutar om vänorter.',
    );
  });

  test(`words shorter than ${MIN_WORD_LENGTH} letters are left whole`, () => {
    expect(hyphenate('Vänorter och nätverk i Eksjö')).toBe('Vänorter och nätverk i Eksjö');
    expect(hyphenate('a'.repeat(MIN_WORD_LENGTH - 1))).toBe('a'.repeat(MIN_WORD_LENGTH - 1));
    expect(hyphenate('verksamhet')).toContain(SOFT_HYPHEN);
  });

  test('text without letters is left as it is', () => {
    for (const text of ['', '2019-06-17', 'KS 2020/402 §§ 12–14', '  \n\t', '1234567890123 – 45 %']) expect(hyphenate(text)).toBe(text);
  });

  test('a word that already has soft hyphens is kept as it was written', () => {
    expect(shown(hyphenate(`Tillgänglighets${SOFT_HYPHEN}redogörelse`))).toBe('Tillgänglighets·redogörelse');
  });

  const swedishText = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'Kommunfullmäktige',
          'internationella',
          'vänorter',
          'EU-projekt',
          'kommunövergripande',
          'ÅTGÄRDSPROGRAMMET',
          'Eskilstuna',
          '§ 12',
          '2030',
          '–',
        ),
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.stringMatching(/^[a-zåäöéü]{8,30}$/u),
      ),
      { maxLength: 12 },
    )
    .map((words) => words.join(' '));

  test('removing the soft hyphens gives the text back, and hyphenating twice is hyphenating once', () => {
    fc.assert(
      fc.property(
        swedishText.filter((text) => !text.includes(SOFT_HYPHEN)),
        (text) => {
          const once = hyphenate(text);
          expect(withoutSoftHyphens(once)).toBe(text);
          expect(hyphenate(once)).toBe(once);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('no break leaves fewer than two letters on either side of it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zåäö]{10,40}$/u), (word) => {
        for (const part of [hyphenate(word).split(SOFT_HYPHEN).at(0), hyphenate(word).split(SOFT_HYPHEN).at(-1)])
          expect(part!.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });
});
