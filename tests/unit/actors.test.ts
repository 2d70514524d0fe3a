import { describe, expect, test } from 'vitest';
import { ACTORS, ACTOR_IDS, findActors, getActor, type ActorId } from '../../src/taxonomy/actors.ts';

/** `id[text]` for every match, in text order. */
const found = (text: string): string[] => findActors(text).map((match) => `${match.actor.id}[${match.text}]`);

describe('the most specific form wins', () => {
  test('kommunstyrelsens arbetsutskott is the arbetsutskott, not kommunstyrelsen', () => {
    expect(found('Kommunstyrelsens arbetsutskott fattar ekonomiska beslut i samband med internationella projekt och vänortsutbyte.')).toEqual([
      'ks_au[Kommunstyrelsens arbetsutskott]',
    ]);
  });

  test('kommunfullmäktiges presidium is the presidium, kommunfullmäktige alone is fullmäktige', () => {
    expect(found('Kommunfullmäktiges presidium företräder kommunen; kommunfullmäktige beslutar.')).toEqual([
      'kf_presidium[Kommunfullmäktiges presidium]',
      'kf[kommunfullmäktige]',
    ]);
  });

  test('kommunstyrelsens vice ordförande is a political leader, not kommunstyrelsen', () => {
    expect(found('Kommunstyrelsens vice ordförande leder och samordnar arbetet')).toEqual(['ks_vice_ordf[Kommunstyrelsens vice ordförande]']);
    expect(found('Kommunstyrelsens ordförande')).toEqual(['ks_ordf[Kommunstyrelsens ordförande]']);
  });

  test('kommunstyrelsens förvaltning and kansli are the administration', () => {
    expect(found('kommunstyrelsens förvaltning')).toEqual(['klk[kommunstyrelsens förvaltning]']);
    expect(found('KOMMUNSTYRELSENS KANSLI')).toEqual(['klk[KOMMUNSTYRELSENS KANSLI]']);
    expect(found('Kommunens internationella arbete samordnas från kommunledningskontoret.')).toEqual(['klk[kommunledningskontoret]']);
  });

  test('a gemensam nämnd is a body shared with other municipalities, not a nämnd of its own', () => {
    expect(found('den gemensamma nämnden')).toEqual(['kommunalforbund[gemensamma nämnden]']);
  });
});

describe('the forms the documents use', () => {
  test('styrelsen (Hylte) is kommunstyrelsen, beside nämnderna and the bostadsstiftelse', () => {
    expect(found('Styrelsen, nämnderna och bostadsstiftelsen ansvarar för att integrera det internationella arbetet')).toEqual([
      'ks[Styrelsen]',
      'namnd[nämnderna]',
      'stiftelse[bostadsstiftelsen]',
    ]);
    expect(found('Uppföljningen är en del av styrelsens årsbokslut.')).toEqual(['ks[styrelsens]']);
  });

  test('nämnd with its determiners, as written', () => {
    expect(found('Varje nämnd har huvudansvaret.')).toEqual(['namnd[Varje nämnd]']);
    expect(found('Respektive nämnd redovisar i årsredovisningen')).toEqual(['namnd[Respektive nämnd]']);
    expect(found('Beslut om mindre samarbetsprojekt fattas av resp nämnd.')).toEqual(['namnd[resp nämnd]']);
    expect(found('Kommunens nämnder har i uppdrag att utveckla')).toEqual(['namnd[Kommunens nämnder]']);
    expect(found('Kultur- och fritidsnämnden beslutar')).toEqual(['namnd[Kultur- och fritidsnämnden]']);
  });

  test('a sektor is a förvaltning, the coordinated compound included', () => {
    expect(found('Tillväxt- och utvecklingssektorn har uppdraget att bevaka. Sektorn är vidare remissinstans.')).toEqual([
      'forvaltning[Tillväxt- och utvecklingssektorn]',
      'forvaltning[Sektorn]',
    ]);
    expect(found('den offentliga sektorn')).toEqual([]);
  });

  test('bolagsstyrelser and styrelser beside nämnder are the companies, not kommunstyrelsen', () => {
    expect(found('ansvarar nämnder och bolagsstyrelser för att ta emot internationella besök')).toEqual(['namnd[nämnder]', 'bolag[bolagsstyrelser]']);
    expect(found('ansvariga nämnder och styrelser följer upp')).toEqual(['namnd[ansvariga nämnder]', 'bolag[styrelser]']);
  });

  test('ansvariga politiker and respektive ordförandeberedning (Hylte)', () => {
    expect(found('Deltagande i samarbetsprojekt beslutas av ansvariga politiker.')).toEqual(['politiker[ansvariga politiker]']);
    expect(found('Vilka övriga projekt som kräver politiskt beslut avgörs av respektive ordförandeberedning.')).toEqual([
      'ordf_beredning[respektive ordförandeberedning]',
    ]);
  });

  test('external bodies by their proper names only', () => {
    expect(found('samarbete med Region Halland, Europa Direkt Halland och Sveriges kommuner och landsting (SKL)')).toEqual([
      'externa[Region Halland]',
      'externa[Europa Direkt Halland]',
      'externa[Sveriges kommuner och landsting]',
      'externa[SKL]',
    ]);
    expect(found('regionen och kommunerna i regionen')).toEqual([]);
  });
});

describe('word boundaries', () => {
  test('no match inside a longer word, Swedish letters included', () => {
    // JavaScript's \b would accept all of these: å, ä and ö are not "word characters" to it.
    expect(found('ÖKS KSÄ Löfullmäktige fullmäktigeö')).toEqual([]);
    expect(found('(KS) och KF.')).toEqual(['ks[KS]', 'kf[KF]']);
  });

  test('compounds and hyphenated words are not actors', () => {
    expect(found('nämndsekreterare, landstingsfullmäktige, e-förvaltning och sektorsövergripande projekt')).toEqual([]);
  });

  test('abbreviations are matched in capitals only', () => {
    expect(found('Antagen av ks och kf')).toEqual([]);
  });
});

describe('the matches', () => {
  const sentence = 'Efter att ha informerat kommunledningskontoret ansvarar nämnder och bolagsstyrelser för besök; kommunstyrelsens arbetsutskott beslutar.';

  test('give the text as written and its offsets', () => {
    const matches = findActors(sentence);
    expect(matches.length).toBe(4);
    for (const match of matches) expect(sentence.slice(match.start, match.end)).toBe(match.text);
  });

  test('come in text order and never overlap', () => {
    const matches = findActors(sentence);
    matches.slice(1).forEach((match, index) => {
      expect(match.start).toBeGreaterThanOrEqual(matches[index]?.end ?? Infinity);
    });
  });

  test('carry the actor id and its Swedish label', () => {
    expect(findActors('Kommunfullmäktige')[0]?.actor).toEqual({ id: 'kf', label: 'Kommunfullmäktige' });
  });
});

describe('the catalogue', () => {
  test('ids are unique and every actor has a label, a description and a pattern', () => {
    expect(new Set(ACTOR_IDS).size).toBe(ACTORS.length);
    for (const actor of ACTORS) {
      expect(actor.label.length).toBeGreaterThan(0);
      expect(actor.description.length).toBeGreaterThan(0);
      expect(actor.patterns.length).toBeGreaterThan(0);
    }
  });

  test('getActor finds by id and refuses an unknown id', () => {
    expect(getActor('ks_au').label).toBe('Kommunstyrelsens arbetsutskott');
    expect(() => getActor('nope' as ActorId)).toThrow(/Unknown actor/);
  });
});

describe('the literal prefilter never hides a match', () => {
  test('every match of every pattern in the five documents contains its required literal', async () => {
    const { ACTORS, requiredLiteral } = await import('../../src/taxonomy/actors.ts');
    const { readFileSync, readdirSync } = await import('node:fs');
    const folder = new URL('../../content/', import.meta.url);
    const text = readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(new URL(name, folder), 'utf8'))
      .join('\n');
    let checked = 0;
    for (const actor of ACTORS) {
      const exact = 'exactCasePatterns' in actor ? (actor.exactCasePatterns as readonly string[]) : [];
      for (const [source, ignoreCase] of [...actor.patterns.map((p) => [p, true] as const), ...exact.map((p) => [p, false] as const)]) {
        const literal = requiredLiteral(source);
        for (const match of text.matchAll(new RegExp(source, ignoreCase ? 'giu' : 'gu'))) {
          checked++;
          if (literal) expect(ignoreCase ? match[0].toLowerCase() : match[0]).toContain(ignoreCase ? literal.toLowerCase() : literal);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  test('an alternation at the top level has no required literal', async () => {
    const { requiredLiteral } = await import('../../src/taxonomy/actors.ts');
    expect(requiredLiteral('kommun|stad')).toBeNull();
    expect(requiredLiteral('(?:kommun|stads)?fullmäktiges?')).toBe('fullmäktige');
    expect(requiredLiteral(String.raw`\p{L}*nämnd(?:en|ens)?`)).toBe('nämnd');
  });
});

describe('units and named bodies map to the general actor of their kind, as written', () => {
  test('departments, units and offices are the förvaltning; the unit named by its field keeps its name', () => {
    expect(found('Enheten för kultur och fritid samarbetar med kommunikationsavdelningen och strategienheten.')).toEqual([
      'forvaltning[Enheten för kultur och fritid]',
      'forvaltning[kommunikationsavdelningen]',
      'forvaltning[strategienheten]',
    ]);
    expect(found('Avdelningen för internationella frågor och stadsbyggnadskontoret')).toEqual([
      'forvaltning[Avdelningen för internationella frågor]',
      'forvaltning[stadsbyggnadskontoret]',
    ]);
    expect(found('Varje förvaltning och bolag, respektive verksamhet')).toEqual([
      'forvaltning[Varje förvaltning]',
      'bolag[bolag]',
      'forvaltning[respektive verksamhet]',
    ]);
  });

  test('an -enhet that is a quality, a bare kontoret and a hyphenated EU-kontoret are not the förvaltning', () => {
    expect(found('öppenheten, medvetenheten och andra angelägenheter')).toEqual([]);
    expect(found('Kontoret svarar på frågor.')).toEqual([]);
    expect(found('EU-kontoret och EU-nätverket')).toEqual(['samordnare[EU-kontoret]', 'samordnare[EU-nätverket]']);
  });

  test('kansliet is the styrelse’s office', () => {
    expect(found('Kansliet och stadskansliet')).toEqual(['klk[Kansliet]', 'klk[stadskansliet]']);
  });

  test('committees, councils and beredningar, with the adjective of their name but never a modal', () => {
    expect(found('Internationella kommittén, integrationsrådet och budgetberedningen')).toEqual([
      'kf_beredning[Internationella kommittén]',
      'kf_beredning[integrationsrådet]',
      'kf_beredning[budgetberedningen]',
    ]);
    expect(found('Därefter ska kommittén och regionala rådet yttra sig.')).toEqual(['kf_beredning[kommittén]', 'kf_beredning[regionala rådet]']);
    expect(found('Rådet och Europeiska rådet')).toEqual([]);
  });

  test('networks need a name: the bare nätverket is often an outside one', () => {
    expect(found('Det internationella nätverket och samordningsnätverket')).toEqual([
      'samordnare[internationella nätverket]',
      'samordnare[samordningsnätverket]',
    ]);
    expect(found('Kommunen deltar i nätverket.')).toEqual([]);
  });

  test('styrgrupp, utskott, presidiet', () => {
    expect(found('Styrgruppen, tillväxtutskottet, arbetsutskottet och presidiet')).toEqual([
      'chefer[Styrgruppen]',
      'ks_utskott[tillväxtutskottet]',
      'ks_au[arbetsutskottet]',
      'kf_presidium[presidiet]',
    ]);
  });

  test('a region’s organs are the styrelse, the director and the fullmäktige', () => {
    expect(found('Regionstyrelsen, landstingsstyrelsens ordförande, regiondirektören, landstingsdirektören och regionfullmäktige')).toEqual([
      'ks[Regionstyrelsen]',
      'ks[landstingsstyrelsens]',
      'kommundirektor[regiondirektören]',
      'kommundirektor[landstingsdirektören]',
      'kf[regionfullmäktige]',
    ]);
  });

  test('a region named as a compound is external, as a proper name only', () => {
    expect(found('Norra Exempelregionen och den norra regionen')).toEqual(['externa[Norra Exempelregionen]']);
  });

  test('a named nämnd keeps its adjective', () => {
    expect(found('Tekniska nämnden och sociala nämnden')).toEqual(['namnd[Tekniska nämnden]', 'namnd[sociala nämnden]']);
  });
});
