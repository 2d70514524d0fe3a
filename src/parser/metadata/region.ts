/**
 * Regions and county councils (landsting), which publish steering documents of their own and are
 * not municipalities. Their names are built on a county's name (`Region X`, `Region Xs län`,
 * `Xs läns landsting`, `Landstinget i Xs län`, `Landstinget X`), with the short forms and proper
 * names of `src/taxonomy/regions.ts`. Names are given with their case normalised (`XS LÄNS
 * LANDSTING` → `Xs läns landsting`) and without a genitive s. The county whose council is a
 * municipality's is left to the municipality detector, and a region abroad, not named after a
 * Swedish county, is not found.
 */
import { MUNICIPALITIES } from '../../taxonomy/municipalities.ts';
import { REGION_NAMES } from '../../taxonomy/regions.ts';

/** A county's name as its region uses it (`Xs län` → `X`), and the short forms of the taxonomy. */
const STEMS: readonly string[] = (() => {
  const counties = new Set(MUNICIPALITIES.map((municipality) => municipality.county));
  counties.delete(REGION_NAMES.municipalityCounty);
  const stem = (county: string) => (county.endsWith(' län') ? county.slice(0, -' län'.length).trimEnd() : county).replace(/s$/u, '');
  const shortForms = REGION_NAMES.shortForms.filter(([county]) => counties.has(county)).map(([, short]) => short);
  return [...[...counties].map(stem), ...shortForms].sort((a, b) => b.length - a.length);
})();

const spaced = (text: string) => text.replace(/\s+/gu, String.raw`\s+`);
const STEM = `(?<stem>${STEMS.map(spaced).join('|')})`;
const PROPER = `(?<proper>${[...REGION_NAMES.properNames]
  .sort((a, b) => b.length - a.length)
  .map(spaced)
  .join('|')})`;
const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}\p{N}])`;

/** Every form, one alternative each (a proper name first, as the longest); a trailing genitive s is read and dropped. */
const REGION_PATTERN = new RegExp(
  NOT_LETTER_BEFORE +
    '(?:' +
    [
      PROPER,
      String.raw`(?<region>region)\s+${STEM}(?:(?<regionGen>s)?\s+(?<regionLan>län))?`,
      String.raw`${STEM.replace('<stem>', '<lStem>')}(?<lGen>s)?\s+läns\s+(?<lansLandsting>landsting)`,
      String.raw`(?<landstinget>landstinget)\s+(?<lI>i\s+)?${STEM.replace('<stem>', '<iStem>')}(?:(?<iGen>s)?\s+(?<iLan>län))?`,
    ].join('|') +
    ')s?' +
    NOT_LETTER_AFTER,
  'giu',
);

export interface RegionMention {
  /** The region's name, case normalised (`Region Xs län`). */
  readonly name: string;
  /** Where the mention starts in the text (UTF-16 index). */
  readonly index: number;
}

/** A name as the taxonomy spells it, whatever the case it was written in (`XS` → `Xs`). */
function canonical(written: string, names: readonly string[]): string {
  const key = written.replace(/\s+/gu, ' ').toLowerCase();
  return names.find((name) => name.toLowerCase() === key) ?? written;
}

/** Is the name written as a name: capitalised, or in capitals throughout? */
function writtenAsName(written: string): boolean {
  return /^\p{Lu}/u.test(written);
}

/** Every Swedish region or county council the text names, in order. */
export function findRegions(text: string): RegionMention[] {
  const found: RegionMention[] = [];
  for (const match of text.normalize('NFC').matchAll(REGION_PATTERN)) {
    const g = match.groups ?? {};
    let name: string | null = null;
    if (g.proper !== undefined) {
      if (writtenAsName(g.proper)) name = canonical(g.proper, REGION_NAMES.properNames);
    } else if (g.region !== undefined && g.stem !== undefined) {
      if (writtenAsName(g.region) && writtenAsName(g.stem)) {
        const lan = g.regionLan !== undefined ? `${g.regionGen === undefined ? '' : 's'} län` : '';
        name = `Region ${canonical(g.stem, STEMS)}${lan}`;
      }
    } else if (g.lansLandsting !== undefined && g.lStem !== undefined) {
      if (writtenAsName(g.lStem)) name = `${canonical(g.lStem, STEMS)}${g.lGen === undefined ? '' : 's'} läns landsting`;
    } else if (g.landstinget !== undefined && g.iStem !== undefined) {
      if (writtenAsName(g.iStem))
        name = `Landstinget ${g.lI !== undefined ? 'i ' : ''}${canonical(g.iStem, STEMS)}${g.iLan !== undefined ? `${g.iGen === undefined ? '' : 's'} län` : ''}`;
    }
    if (name) found.push({ name, index: match.index });
  }
  return found;
}

/** A title that speaks of the region or county council as the document's owner (`Strategi för landstingets …`). */
const OWNER_IN_TITLE = /(?<![\p{L}\p{N}])(?:landstingets|regionens)(?![\p{L}\p{N}])/iu;
/** A region's or county council's deciding bodies. */
const REGION_BODY = /^(?:region|landstings)(?:fullmäktige|styrelsen?)$/iu;

/**
 * The region or county council that issued the document, or `null` when it is not a region's.
 * It is a region's when the title names a region or speaks of `landstingets`/`regionens` work,
 * when a region's body adopted it, when its front matter names a region and no municipality
 * (`<name> kommun`/`stad`), or when the text names no municipality at all but a region. The name
 * is the first named in the title, else the front matter, else the text; `null` when none is named.
 */
export function detectIssuingRegion(input: {
  readonly title: string;
  /** The front matter: title, letterhead, header fields and decision lines. */
  readonly head: string;
  readonly text: string;
  readonly adoptedBy: string | null;
  /** Whether the front matter names a municipality as `<name> kommun` or `<name> stad`. */
  readonly municipalityInHead: boolean;
  /** Whether the text names a municipality at all. */
  readonly municipalityFound: boolean;
}): { name: string | null } | null {
  const inTitle = findRegions(input.title)[0];
  const inHead = findRegions(input.head)[0];
  const inText = findRegions(input.text)[0];
  const owner =
    inTitle !== undefined ||
    OWNER_IN_TITLE.test(input.title) ||
    (input.adoptedBy !== null && REGION_BODY.test(input.adoptedBy)) ||
    (inHead !== undefined && !input.municipalityInHead) ||
    (inText !== undefined && !input.municipalityFound);
  return owner ? { name: (inTitle ?? inHead ?? inText)?.name ?? null } : null;
}
