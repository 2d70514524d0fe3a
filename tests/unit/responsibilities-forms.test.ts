/**
 * The general forms in which a Swedish steering document says who does what, each with a short
 * sentence written for the test (none is taken from a real document): responsibility, task and
 * commission nouns (`är ansvarig för`, `har som uppgift att`, `ansvaret … ligger på X`, `X:s uppdrag
 * är att`), clefts and relative clauses, coordinated infinitives, assisting, lists of duties after
 * a lead-in, the units and bodies a document names, and a genitive that owns a commission.
 */
import { describe, expect, test } from 'vitest';
import { extractResponsibilities } from '../../src/parser/responsibilities/index.ts';
import type { Block, Responsibility, Section } from '../../src/schema/policy-document.ts';
import { parseTextOrThrow } from '../support/parse.ts';

/** One section, heading `Ansvar`: a string is a paragraph, an array a list; one line each. */
function ansvar(...blocks: readonly (string | readonly string[])[]): Section {
  let line = 0;
  const item = (text: string) => ({ phrases: [{ text }], startLine: ++line, endLine: line });
  const built = blocks.map((spec): Block => {
    if (typeof spec === 'string') return { type: 'paragraph', ...item(spec) };
    const items = spec.map(item);
    return { type: 'list', ordered: false, items: items as [(typeof items)[number], ...typeof items], startLine: items[0]?.startLine ?? line, endLine: line };
  });
  return {
    id: 'ansvar',
    heading: 'Ansvar',
    number: null,
    level: 1,
    path: [],
    category: 'responsibility',
    categoryBasis: 'heading',
    part: 'document',
    fromHeader: false,
    text: blocks.flat().join(' '),
    blocks: built,
    source: { startLine: 1, endLine: Math.max(line, 1) },
  };
}

/** `[actor id, actor as written, role, clause]` per responsibility. */
const read = (...blocks: readonly (string | readonly string[])[]): [string, string, string, string][] =>
  extractResponsibilities([ansvar(...blocks)]).map((r: Responsibility) => [r.actor.id, r.actorText, r.role, r.clause]);

describe('responsibility, task and commission nouns', () => {
  /** `[form, sentence, actor id, actor as written, role]`: each sentence is one whole-sentence responsibility. */
  const cases: readonly (readonly [string, string, string, string, string])[] = [
    ['är ansvarig för (object noun: leads)', 'Kulturnämnden är ansvarig för samordningen av vänortsbesöken.', 'namnd', 'Kulturnämnden', 'leads'],
    ['är ansvarig att', 'Miljöförvaltningen är ansvarig att söka medel för klimatprojekt.', 'forvaltning', 'Miljöförvaltningen', 'carries-out'],
    [
      'har ansvar för (object noun: follows up)',
      'Näringslivsavdelningen har ansvar för uppföljningen av handelsutbytet.',
      'forvaltning',
      'Näringslivsavdelningen',
      'follows-up',
    ],
    ['har uppgiften att', 'Skolnämnderna har uppgiften att genomföra elevutbyten med partnerskolor.', 'namnd', 'Skolnämnderna', 'carries-out'],
    [
      'har som uppgift att (verb: monitors)',
      'Utvecklingsenheten har som uppgift att bevaka utlysningar i EU:s program.',
      'forvaltning',
      'Utvecklingsenheten',
      'monitors',
    ],
    ['har som uppdrag att (verb: leads)', 'Stadskontoret har som uppdrag att leda arbetet med den nya handlingsplanen.', 'klk', 'Stadskontoret', 'leads'],
    ['har i uppdrag att', 'Kommunkansliet har i uppdrag att ta emot utländska delegationer.', 'klk', 'Kommunkansliet', 'carries-out'],
    [
      'det övergripande ansvaret ligger på X: leads',
      'Det övergripande ansvaret för partnerskapen ligger på enheten för tillväxt och näringsliv.',
      'forvaltning',
      'enheten för tillväxt och näringsliv',
      'leads',
    ],
    [
      'huvudansvaret ligger hos X: carries out',
      'Huvudansvaret för elevutbytena ligger hos barn- och utbildningsförvaltningen.',
      'forvaltning',
      'barn- och utbildningsförvaltningen',
      'carries-out',
    ],
    ['ansvaret för uppföljning vilar på X: follows up', 'Ansvaret för uppföljning av projekten vilar på kansliet.', 'klk', 'kansliet', 'follows-up'],
    [
      'X:s uppdrag är att (genitive without its ending)',
      'Beredningens uppdrag är att bereda ärenden om vänorter inför fullmäktige.',
      'kf_beredning',
      'Beredningen',
      'supports',
    ],
    ['X:s roll är att', 'Styrgruppens roll är att samordna förvaltningarnas EU-projekt.', 'chefer', 'Styrgruppen', 'leads'],
  ];

  test.each(cases)('%s', (_form, sentence, id, actorText, role) => {
    expect(read(sentence)).toEqual([[id, actorText, role, sentence]]);
  });

  test('X med ansvar för: an apposition', () => {
    const sentence = 'Tekniska nämnden, med ansvar för gator och vatten, deltar i det nordiska samarbetet.';
    expect(read(sentence).map(([id, text, role]) => [id, text, role])).toEqual([['namnd', 'Tekniska nämnden', 'carries-out']]);
  });

  test('X är ett rådgivande organ / beredningsorgan supports', () => {
    const sentence = 'Integrationsrådet är ett rådgivande organ till kommunstyrelsen.';
    expect(read(sentence)).toEqual([['kf_beredning', 'Integrationsrådet', 'supports', sentence]]);
  });
});

describe('the doer in a cleft, a relative clause, after a place', () => {
  test('Det är X som planerar: X is the doer', () => {
    const sentence = 'Det är sedan ledningsgruppen som planerar årets studieresor.';
    expect(read(sentence)).toEqual([['chefer', 'ledningsgruppen', 'carries-out', sentence]]);
  });

  test('… som leds av X: X leads', () => {
    const sentence = 'Vänortsarbetet, som leds av kultursektorn, omfattar tre städer.';
    expect(read(sentence)).toEqual([['forvaltning', 'kultursektorn', 'leads', sentence]]);
  });

  test('X i Y kommun / i kommunen ansvarar: the place is passed over', () => {
    const sentence = 'Varje förvaltning och bolag i Exempelby kommun är ansvarig för sina egna internationella kontakter.';
    expect(read(sentence).map(([id, text, role]) => [id, text, role])).toEqual([
      ['forvaltning', 'Varje förvaltning', 'carries-out'],
      ['bolag', 'bolag', 'carries-out'],
    ]);
    expect(read('Det är EU-nätverket i kommunen som samordnar ansökningarna.').map(([id, text, role]) => [id, text, role])).toEqual([
      ['samordnare', 'EU-nätverket', 'leads'],
    ]);
  });

  test('a modal of obligation with any infinitive states a duty, the subject also after it', () => {
    expect(read('Varje verksamhet ska ha en kontaktperson för internationella frågor.').map(([id, text, role]) => [id, text, role])).toEqual([
      ['forvaltning', 'Varje verksamhet', 'carries-out'],
    ]);
    expect(read('För att nå målen måste respektive verksamhet ta fram egna aktiviteter.').map(([id, text, role]) => [id, text, role])).toEqual([
      ['forvaltning', 'respektive verksamhet', 'carries-out'],
    ]);
    // `kan` is possibility, not obligation: no duty without a duty verb
    expect(read('Varje verksamhet kan ha en kontaktperson.')).toEqual([]);
  });
});

describe('several verbs, assisting', () => {
  test('X ska stödja, stimulera, främja … och följa: split where the role changes', () => {
    expect(read('Rådet ska stödja, stimulera, främja, fördjupa och följa elevernas utlandsstudier.').length).toBe(0);
    const sentence = 'Internationella rådet ska stödja, stimulera, främja, fördjupa och följa elevernas utlandsstudier.';
    expect(read(sentence)).toEqual([
      ['kf_beredning', 'Internationella rådet', 'supports', 'Internationella rådet ska stödja, stimulera, främja, fördjupa'],
      ['kf_beredning', 'Internationella rådet', 'monitors', 'följa elevernas utlandsstudier.'],
    ]);
  });

  test('X bistår Y med att samordna: X supports, Y (the one assisted) is informed', () => {
    const sentence = 'Planeringskontoret bistår kommunstyrelsen med att samordna kontakterna med partnerregionerna.';
    expect(read(sentence)).toEqual([
      ['forvaltning', 'Planeringskontoret', 'supports', sentence],
      ['ks', 'kommunstyrelsen', 'informed', sentence],
    ]);
    // without `med att` the one supported gets nothing
    expect(read('Planeringskontoret stödjer nämnderna.').map(([id, , role]) => [id, role])).toEqual([['forvaltning', 'supports']]);
  });
});

describe('a list of duties after a lead-in', () => {
  test('X ansvarar för följande: each item is X’s, carried out unless its verb says; the lead-in is no duty', () => {
    expect(
      read('Exportkontoret ansvarar för följande:', ['leda företagsdelegationer', 'mässor och utställningar', 'informera nämnderna om nya program']),
    ).toEqual([
      ['forvaltning', 'Exportkontoret', 'leads', 'leda företagsdelegationer'],
      ['forvaltning', 'Exportkontoret', 'carries-out', 'mässor och utställningar'],
      ['namnd', 'nämnderna', 'informed', 'informera nämnderna om nya program'],
      ['forvaltning', 'Exportkontoret', 'supports', 'informera nämnderna om nya program'],
    ]);
  });

  test('Den ansvarar för: right after a sentence naming one actor, Den is that actor', () => {
    const found = read('Huvudansvaret för vänorterna ligger på fritidsavdelningen. Den ansvarar för:', ['ordna ungdomsläger', 'följa upp utbytena']);
    expect(found.map(([id, text, role]) => [id, text, role])).toEqual([
      ['forvaltning', 'fritidsavdelningen', 'carries-out'],
      ['forvaltning', 'fritidsavdelningen', 'carries-out'],
      ['forvaltning', 'fritidsavdelningen', 'follows-up'],
    ]);
  });

  test('X har följande uppgifter: is a lead-in too', () => {
    expect(read('Presidiet har följande uppgifter:', ['representera kommunen vid officiella besök']).map(([id, text, role]) => [id, text, role])).toEqual([
      ['kf_presidium', 'Presidiet', 'represents'],
    ]);
  });

  test('Den with another verb is not resolved: it is as often the plan just named', () => {
    expect(read('Kommunfullmäktige antar planen. Den ska stödja nämndernas arbete.').map(([id, , role]) => [id, role])).toEqual([['kf', 'decides']]);
  });

  test('end to end: a document with an Ansvar section', async () => {
    const document = await parseTextOrThrow(
      'Riktlinjer för internationellt arbete\n\n## Ansvar\n\nDet övergripande ansvaret ligger på enheten för omvärld och analys. Den ansvarar för följande:\n\n- samordna ansökningar om EU-medel\n- bevaka nya utlysningar\n',
    );
    expect(document.responsibilities.map((r) => [r.actor.id, r.actorText, r.role])).toEqual([
      ['forvaltning', 'enheten för omvärld och analys', 'leads'],
      ['forvaltning', 'enheten för omvärld och analys', 'leads'],
      ['forvaltning', 'enheten för omvärld och analys', 'monitors'],
    ]);
  });
});

describe('a genitive that owns a commission', () => {
  test('X:s uppdrag till Y att …: X decides, Y carries out', () => {
    const sentence = 'Handlingsplanen är regionstyrelsens uppdrag till regiondirektören att genomföra strategin.';
    expect(read(sentence)).toEqual([
      ['ks', 'regionstyrelsen', 'decides', sentence],
      ['kommundirektor', 'regiondirektören', 'carries-out', sentence],
    ]);
  });

  test('På uppdrag av X / på X:s uppdrag: X commissions, i.e. decides', () => {
    const passive = 'På uppdrag av kommunstyrelsen ska en kartläggning av partnerskapen göras.';
    expect(read(passive)).toEqual([['ks', 'kommunstyrelsen', 'decides', passive]]);
    const genitive = 'På landstingsstyrelsens uppdrag görs en översyn av samarbetena.';
    expect(read(genitive)).toEqual([['ks', 'landstingsstyrelsen', 'decides', genitive]]);
  });

  test('a genitive that owns nothing is still passed over', () => {
    expect(read('Kommitténs sammansättning beslutas av fullmäktige.').map(([id, , role]) => [id, role])).toEqual([['kf', 'decides']]);
  });
});
