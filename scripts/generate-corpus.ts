/**
 * `npm run corpus [-- COUNT] [-- --out FOLDER]`: a realistic synthetic corpus of steering documents
 * (default 300, into `corpus/`, ignored by git), made from the real documents in `content/`: the
 * municipalities come from the official list, sections are recombined from the real ones with the
 * municipality's own name put in, varied in wording and order, written in the heading styles the
 * real documents use (bare lines, numbered, Markdown, capitals, a scraped page transcript), some
 * with a table of contents, page numbers, a contact footer or a document-sharing site's chrome.
 * Deterministic: the same count gives the same files. Build the site from it with
 * `CONTENT_DIR=corpus npm run build`.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listDocumentFiles } from '../src/loaders/parse-files.ts';
import { parsePolicyDocument } from '../src/parser/parse-document.ts';
import type { Block, PolicyDocument, Section } from '../src/schema/policy-document.ts';
import { CANONICAL_CATEGORY_KEYS, type CategoryKey } from '../src/taxonomy/categories.ts';
import { MUNICIPALITIES, type Municipality } from '../src/taxonomy/municipalities.ts';
import { seededRandom } from './seeded-random.ts';

type Style = 'bare' | 'numbered' | 'markdown' | 'caps' | 'transcript';
const STYLES: readonly Style[] = ['bare', 'bare', 'numbered', 'numbered', 'markdown', 'caps', 'transcript'];

/** How often a document has a section of each canonical category (the real five suggest most do). */
const PRESENCE: Record<string, number> = { purpose: 0.85, goals: 0.9, priorities: 0.7, responsibility: 0.95, 'follow-up': 0.7 };
const EXTRA: readonly CategoryKey[] = ['background', 'collaboration', 'funding', 'strategy', 'action-plan', 'communication'];

const HEADINGS: Record<string, readonly string[]> = {
  purpose: ['Syfte', 'Inledning och syfte', 'Syfte med det internationella arbetet', 'Varför internationellt arbete?'],
  goals: ['Mål', 'Övergripande mål', 'Mål och inriktning', 'Inriktning'],
  priorities: ['Prioriterade områden', 'Prioriterade ämnesområden', 'Intresseområden', 'Fokusområden'],
  responsibility: ['Ansvar', 'Ansvarsfördelning', 'Ansvar och organisation', 'Organisation och ansvar'],
  'follow-up': ['Uppföljning', 'Uppföljning och utvärdering', 'Utvärdering', 'Redovisning och uppföljning'],
  background: ['Bakgrund', 'Inledning', 'Omvärlden'],
  collaboration: ['Samarbeten', 'Vänorter och nätverk', 'Internationella samarbeten', 'Partnerskap'],
  funding: ['Ekonomi', 'Finansiering', 'Extern finansiering'],
  strategy: ['Strategi', 'Arbetssätt', 'Förhållningssätt'],
  'action-plan': ['Handlingsplan', 'Aktiviteter'],
  communication: ['Information och kommunikation', 'Internationella besök'],
};

/** Wording varied the way municipalities vary it; each pair is swapped both ways at random. */
const VARIANTS: readonly (readonly [string, string])[] = [
  ['internationella arbetet', 'internationella samarbetet'],
  ['ska', 'bör'],
  ['kommunens', 'vår kommuns'],
  ['utveckla', 'stärka'],
  ['verksamheter', 'förvaltningar'],
  ['årligen', 'varje år'],
  ['EU:s fonder och program', 'EU-medel'],
];

const TITLES: readonly ((name: string, year: number) => string)[] = [
  (name) => `Riktlinjer för ${name} kommuns internationella arbete`,
  (name) => `Internationell policy för ${name} kommun`,
  (name, year) => `Strategi för internationellt arbete i ${name} kommun ${year}–${year + 4}`,
  (name) => `Program för internationella frågor – ${name} kommun`,
  (name) => `Riktlinjer för internationellt samarbete i ${name} kommun`,
];

interface SourceSection {
  readonly category: CategoryKey;
  readonly blocks: readonly Block[];
  readonly from: string;
}

/** A phrase as whole words (Swedish letters count as letters, unlike `\\b`). */
const wholeWords = (phrase: string) => new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'gu');

const genitive = (name: string) => (/[sxz]$/iu.test(name) ? name : `${name}s`);

function blockLines(block: Block, rewrite: (text: string) => string): string[] {
  const text = (phrases: readonly { text: string }[]) => rewrite(phrases.map((phrase) => phrase.text).join(''));
  if (block.type === 'paragraph') return [text(block.phrases), ''];
  return [...block.items.map((item, index) => `${block.ordered ? `${(block.start ?? 1) + index}.` : '-'} ${text(item.phrases)}`), ''];
}

function heading(style: Style, index: number, text: string): string[] {
  if (style === 'numbered') return [`${index}. ${text}`, ''];
  if (style === 'markdown') return [`## ${index} ${text}`, ''];
  if (style === 'caps') return [text.toUpperCase(), ''];
  return [text, ''];
}

function buildDocument(municipality: Municipality, pool: readonly SourceSection[], next: () => number, variant: number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const style = pick(STYLES);
  const year = 2008 + Math.floor(next() * 17) + variant;
  const title = pick(TITLES)(municipality.name, year);
  const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  const sourceNames = ['Eskilstuna', 'Eksjö', 'Hylte', 'Tyresö', 'Järfälla'];
  const rewrite = (text: string) => {
    let out = text;
    for (const name of sourceNames)
      out = out.replaceAll(`${genitive(name)} kommun`, `${genitive(municipality.name)} kommun`).replaceAll(name, municipality.name);
    for (const [a, b] of VARIANTS) if (next() < 0.3) out = out.replace(wholeWords(a), b);
    return out;
  };

  const categories: CategoryKey[] = [];
  if (next() < 0.4) categories.push(pick(EXTRA));
  for (const key of CANONICAL_CATEGORY_KEYS) if (next() < PRESENCE[key]!) categories.push(key);
  if (next() < 0.5) categories.splice(1 + Math.floor(next() * categories.length), 0, pick(EXTRA));
  if (next() < 0.2 && categories.length > 2) {
    const i = Math.floor(next() * (categories.length - 1));
    [categories[i], categories[i + 1]] = [categories[i + 1]!, categories[i]!];
  }

  const titles = categories.map((category) => pick(HEADINGS[category] ?? ['Övrigt']));
  const body: string[][] = categories.map((category, index) => {
    const candidates = pool.filter((section) => section.category === category);
    const source = candidates.length > 0 ? pick(candidates) : pick(pool);
    return [...heading(style, index + 1, titles[index]!), ...source.blocks.flatMap((block) => blockLines(block, rewrite))];
  });

  const front = style === 'markdown' ? [`# ${title}`, ''] : [title, ''];
  front.push(next() < 0.8 ? `Antagen av kommunfullmäktige ${date}, § ${1 + Math.floor(next() * 200)}` : 'Antagen XXXX-XX-XX', '');
  if (next() < 0.3) front.push('Diarienummer\tKS ' + `${year}/${100 + Math.floor(next() * 800)}`, 'Gäller för\tSamtliga nämnder och bolag', '');
  if (next() < 0.35 && style !== 'transcript') {
    front.push('Innehållsförteckning', '');
    titles.forEach((title, index) => {
      front.push(`${index + 1} ${title} .......... ${index + 2}`);
    });
    front.push('');
  }

  if (style === 'transcript') {
    const pages = [front, ...body].map((lines, index) => `${index + 1} ${lines.filter((line) => line !== '').join(' ')}${index > 0 ? ` ${index + 1}` : ''}`);
    const related = Array.from({ length: 2 + Math.floor(next() * 4) }, () => {
      const other = pick(MUNICIPALITIES);
      return [
        `Internationell strategi för ${other.name} kommun`,
        '',
        `Internationell strategi för ${other.name} kommun Inledning Vi lever i en globaliserad värld`,
        '',
        'Läs mer',
        '',
      ];
    }).flat();
    return [
      title,
      '',
      'Storlek: px',
      'Starta visningen från sidan:',
      '',
      `Download "${title}"`,
      '',
      'Transkript',
      '',
      ...pages.flatMap((page) => [page, '']),
      ...related,
    ].join('\n');
  }

  const lines = [...front];
  body.forEach((section, index) => {
    lines.push(...section);
    if (next() < 0.25) lines.push(`${index + 2} (${body.length + 1})`, '');
  });
  if (next() < 0.3)
    lines.push(
      `Postadress: ${municipality.name} kommun, 123 45 ${municipality.name.toUpperCase()} Telefon: 0123-456 00 E-post: kommun@${municipality.slug}.se www.${municipality.slug}.se`,
    );
  return lines.join(next() < 0.2 ? '\r\n' : '\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = outIndex === -1 ? 'corpus' : args[outIndex + 1]!;
  const count = Number(args.find((arg, index) => /^\d+$/u.test(arg) && index !== outIndex + 1) ?? 300);

  const seeds: PolicyDocument[] = [];
  for (const path of await listDocumentFiles('content')) {
    const { document } = await parsePolicyDocument(new Uint8Array(await readFile(path)), { path });
    if (document) seeds.push(document);
  }
  const pool: SourceSection[] = seeds.flatMap((document) =>
    document.sections
      .filter((section: Section) => section.part === 'document' && section.category !== 'front-matter' && section.blocks.length > 0)
      .map((section) => ({ category: section.category, blocks: section.blocks, from: document.id })),
  );

  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const next = seededRandom(20261122);
  for (let index = 0; index < count; index++) {
    const municipality = MUNICIPALITIES[index % MUNICIPALITIES.length]!;
    const variant = Math.floor(index / MUNICIPALITIES.length);
    const text = buildDocument(municipality, pool, next, variant);
    await writeFile(join(out, `${String(index).padStart(3, '0')}-${municipality.slug}${variant > 0 ? `-${variant + 1}` : ''}.txt`), text);
  }
  console.log(`${count} dokument skrivna till ${out}/ (från ${pool.length} avsnitt ur ${seeds.length} verkliga dokument)`);
}

await main();
