import { describe, expect, test } from 'vitest';
import {
  THEMES,
  THEME_IDS,
  countThemeCues,
  cueMatcher,
  findThemeMatches,
  getTheme,
  matchThemes,
  type ThemeDefinition,
  type ThemeId,
} from '../../src/taxonomy/themes.ts';

// The sentences are the real ones of the five seed documents (content/*.txt) unless marked otherwise.

/** The words of `text` that name the theme, as written. */
const words = (text: string, theme: ThemeId): string[] => findThemeMatches(text, theme).map((match) => match.text);

describe('a cue matches as a word or as part of a compound', () => {
  test('vänort as the first part of a compound (vänortsavtal, vänortssamarbete) and inflected (vänorter, vänortens)', () => {
    expect(words('Nya vänortsavtal bör därför endast ingås i det fall motparten känner ett värde av ett formellt avtal.', 'vanorter')).toEqual([
      'vänortsavtal',
    ]);
    expect(
      words(
        'Tyresö kommun har sedan 1980-talet haft samarbete med flera vänorter. Vänortssamarbetet med Cesis i Lettland och Savigny-le Temple i Frankrike ska fortsätta',
        'vanorter',
      ),
    ).toEqual(['vänorter', 'Vänortssamarbetet']);
    expect(words('kontakt med vänortens ledning på många år', 'vanorter')).toEqual(['vänortens']);
  });

  test('vänort as the head of a compound, and after a slash', () => {
    expect(words('Vänortsbesök ska efter genomförda besök redovisas till kommunstyrelsen.', 'vanorter')).toEqual(['Vänortsbesök']);
    expect(words('Beslut om officiell samarbetspart/vänort fattas av kommunfullmäktige.', 'vanorter')).toEqual(['samarbetspart', 'vänort']);
    expect(words('De traditionella nordiska vänortskontakterna', 'vanorter')).toEqual(['vänortskontakterna']);
  });

  test('a head cue matches inside a compound; a word cue does not', () => {
    expect(words('Kunskaps- och erfarenhetsutbyte ger en stolt, kunnig och kreativ personal', 'omvarld')).toEqual(['erfarenhetsutbyte']);
    expect(words('Det traditionella vänortsutbytet har fått minskad betydelse.', 'omvarld')).toEqual([]);
    expect(words('förbättrar vår handlingsberedskap för att möta utvecklingen', 'beredskap')).toEqual([]);
    expect(words('Kommunens krisberedskap och beredskapen för civilt försvar', 'beredskap')).toEqual(['krisberedskap', 'beredskapen', 'civilt försvar']);
  });

  test('a word cue takes Swedish inflection endings but not another word', () => {
    expect(words('Det är av stor betydelse att våra unga får möjlighet att ta del av andra kulturer', 'barn_unga')).toEqual(['unga']);
    expect(words('ungefär 60 procent av punkterna på en dagordning', 'barn_unga')).toEqual([]);
    expect(words('det praktiska arbetet på den kommunala nivån', 'arbetsmarknad')).toEqual([]);
    expect(words('praktiken och praktikplatser', 'arbetsmarknad')).toEqual(['praktiken', 'praktikplatser']);
  });

  test('a hyphen joins a compound: EU-projekt is funding, not the EU word; EU and EU:s are', () => {
    expect(words('vara aktiv i EU-projekt och SIDA-finansierade projekt', 'eu_paverkan')).toEqual([]);
    expect(words('vara aktiv i EU-projekt och SIDA-finansierade projekt', 'finansiering')).toEqual(['EU-projekt']);
    expect(words('vara aktiv i EU-projekt och SIDA-finansierade projekt', 'utvecklingssamarbete')).toEqual(['SIDA-finansierade']);
    expect(words('Aktivt följa och påverka EU:s lagstiftning inom olika kommunala verksamhetsområden.', 'eu_paverkan')).toEqual(['EU:s']);
    expect(words('Sveriges medlemskap i EU innebär att samarbete inom unionen eller samarbete med finansiering av EU är prioriterat.', 'eu_paverkan')).toEqual([
      'EU',
      'unionen',
      'EU',
    ]);
  });

  test('a coordinated compound cut before och (Kultur- och fritidsverksamhet) counts both parts', () => {
    expect(words('Kultur- och fritidsverksamhet är en naturlig plattform för internationella kontakter.', 'kultur')).toEqual(['Kultur', 'fritidsverksamhet']);
  });

  test('a cue with a capital is matched as written: Sida the agency, not sidan', () => {
    expect(words('Kommunalt Partnerskap är en Sidafinansierad samarbetsform', 'utvecklingssamarbete')).toEqual(['Kommunalt Partnerskap', 'Sidafinansierad']);
    expect(words('Se sidan 4.', 'utvecklingssamarbete')).toEqual([]);
    expect(words('Projektet finansieras av Sida.', 'utvecklingssamarbete')).toEqual(['Sida']);
    expect(words('livet i kommunen (life)', 'finansiering')).toEqual([]);
  });

  test('a phrase cue matches across line breaks and spaces', () => {
    expect(words('genom EU:s fonder\noch  program', 'finansiering')).toEqual(['fonder\noch  program']);
  });
});

describe('what looks like a theme but is not', () => {
  test('an international environment is not the environment', () => {
    expect(words('blir Tyresö en attraktiv arbetsgivare som erbjuder de anställda möjlighet att utvecklas i en internationell miljö.', 'miljo_klimat')).toEqual(
      [],
    );
    expect(
      words('Hylte kommuns internationella samarbeten ska verka för ett ökat utbyte av erfarenheter inom miljö- och klimatfrågorna.', 'miljo_klimat'),
    ).toEqual(['miljö', 'klimatfrågorna']);
  });

  test('other cultures are understanding between people, not culture and leisure', () => {
    expect(words('ökad förståelse och kunskap om människor från andra länder, deras kultur och levnadsförhållanden', 'kultur')).toEqual(['kultur']);
    expect(words('öka förståelsen och integrationen mellan människor från olika kulturer', 'kultur')).toEqual([]);
    expect(words('öka förståelsen och integrationen mellan människor från olika kulturer', 'integration')).toEqual(['integrationen']);
  });

  test('biological diversity is the environment, not integration; Sweden in the EU is not a network membership', () => {
    expect(words('biologisk mångfald', 'integration')).toEqual([]);
    expect(words('biologisk mångfald', 'miljo_klimat')).toEqual(['biologisk mångfald']);
    expect(words('Sveriges medlemskap i EU innebär stora möjligheter', 'natverk')).toEqual([]);
    expect(words('Kommunstyrelsen beslutar om medlemskap i internationella nätverk och organisationer.', 'natverk')).toEqual(['medlemskap', 'nätverk']);
  });

  test('a study visit is knowledge, not representation', () => {
    expect(words('VIP-besök med ett program och studiebesök till verksamheterna', 'organisation')).toEqual(['VIP-besök']);
    expect(words('VIP-besök med ett program och studiebesök till verksamheterna', 'omvarld')).toEqual(['studiebesök']);
  });
});

describe('counting', () => {
  test('each place counts once, even where two cues of the theme match it', () => {
    expect(countThemeCues('Vänorter, vänortsavtal och nordiska vänorter.', 'vanorter')).toBe(3);
    expect(countThemeCues('språkutbildning för kommunens personal', 'utbildning')).toBe(1);
    expect(countThemeCues('Barn och ungdomars internationella kontakter ska särskilt uppmuntras.', 'barn_unga')).toBe(2);
    expect(countThemeCues('', 'vanorter')).toBe(0);
  });

  test('matchThemes gives every theme a text names, in taxonomy order', () => {
    const found = matchThemes('Miljö: Hylte har två vänorter och deltar i EU-projekt för barn och unga.').map((entry) => entry.themeId);
    expect(found).toEqual(['finansiering', 'vanorter', 'barn_unga', 'miljo_klimat']);
  });

  test('offsets give back the text as written', () => {
    const text = 'Kommunfullmäktige beslutar om policy och riktlinjer för det internationella arbetet samt om vänortsförbindelser.';
    for (const match of findThemeMatches(text, 'vanorter')) expect(text.slice(match.start, match.end)).toBe(match.text);
  });
});

describe('the taxonomy', () => {
  const themes: readonly ThemeDefinition[] = THEMES;

  test('ids are unique, labels and descriptions Swedish sentences, every theme has cues', () => {
    expect(new Set(THEME_IDS).size).toBe(THEMES.length);
    for (const theme of themes) {
      expect(theme.id).toMatch(/^[a-z_]+$/u);
      expect(theme.label.length).toBeGreaterThan(3);
      expect(theme.description).toMatch(/^\p{Lu}.*\.$/u);
      expect(theme.cues.length).toBeGreaterThan(0);
    }
    expect(getTheme('vanorter').label).toBe('Vänorter och partnerskap');
    expect(() => getTheme('nope' as ThemeId)).toThrow('Unknown theme');
  });

  test('every cue finds its own word in its theme (nothing is dead or excluded by its own theme)', () => {
    for (const theme of themes) {
      for (const cue of theme.cues) {
        const word = cue.replace(/^\*|[*=]$/gu, '');
        const sample = word.endsWith('-') ? `${word} och annat` : word;
        expect(countThemeCues(`Text om ${sample} här.`, theme.id as ThemeId), `${theme.id}: ${cue}`).toBe(1);
      }
    }
  });

  test('a cue pattern rejects an empty body', () => {
    expect(() => cueMatcher('*')).toThrow('Empty cue');
  });
});
