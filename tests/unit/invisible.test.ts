/**
 * Invisible characters (src/parser/text/invisible.ts): everything that takes no room yet changes
 * what a text says goes; an emoji's zero-width joiner and presentation selector are part of it and stay.
 */
import { describe, expect, test } from 'vitest';
import { removeInvisible } from '../../src/parser/text/invisible.ts';

describe('bidi controls and zero-width characters are removed and counted', () => {
  test.each([
    ['KS\u200B 2020/\u202E12', 'KS 2020/12', 2],
    ['\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee', 'abcde', 5],
    ['\u2066a\u2067b\u2068c\u2069', 'abc', 4],
    ['a\u200Eb\u200Fc', 'abc', 2],
    ['a\u2060b\uFEFFc\u200Cd', 'abcd', 3],
    ['Kommun\u200Dstyrelsen', 'Kommunstyrelsen', 1],
    ['Kommun\u00ADstyrelsen', 'Kommunstyrelsen', 1],
  ])('%j → %j', (text, visible, removed) => {
    expect(removeInvisible(text)).toEqual({ text: visible, removed });
  });
});

describe('an emoji keeps its joiners and presentation selector', () => {
  test.each([
    ['family', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'],
    ['rainbow flag', '\u{1F3F3}\uFE0F\u200D\u{1F308}'],
    ['technologist with skin tone', '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}'],
    ['pirate flag', '\u{1F3F4}\u200D\u2620\uFE0F'],
    ['heart on fire', '\u2764\uFE0F\u200D\u{1F525}'],
    ['person with red hair', '\u{1F9D1}\u200D\u{1F9B0}'],
  ])('%s', (_name, emoji) => {
    expect(removeInvisible(`Vi ${emoji} alla`)).toEqual({ text: `Vi ${emoji} alla`, removed: 0 });
  });

  test('a joiner beside an emoji but not inside one (a letter or another control on one side) goes', () => {
    expect(removeInvisible('\u{1F468}\u200Dx')).toEqual({ text: '\u{1F468}x', removed: 1 });
    expect(removeInvisible('x\u200D\u{1F468}')).toEqual({ text: 'x\u{1F468}', removed: 1 });
    expect(removeInvisible('\u{1F468}\u200D\u200D\u{1F469}')).toEqual({ text: '\u{1F468}\u{1F469}', removed: 2 });
    expect(removeInvisible('\u{1F468}\u202E\u200D\u{1F469}')).toEqual({ text: '\u{1F468}\u{1F469}', removed: 2 });
  });
});
