/**
 * Regions and county councils (landsting), which publish steering documents of their own and are
 * not municipalities. Sweden's 21 regions are its counties' councils; their names follow few forms,
 * all built on a county's name (`src/taxonomy/municipalities.ts` holds each municipality's county):
 * `Region Skåne`, `Region Jönköpings län`, `Region Jämtland Härjedalen`, `Region Sörmland`, the
 * older `Norrbottens läns landsting`, `Landstinget i Uppsala län`, `Landstinget Dalarna`, and
 * `Västra Götalandsregionen`. Names are given with their case normalised
 * (`NORRBOTTENS LÄNS LANDSTING` → `Norrbottens läns landsting`) and without a genitive s.
 * Gotland is a municipality that also carries a region's duties and calls itself `Region Gotland`:
 * it is left to the municipality detector and never read as a region here. Names of regions abroad
 * (`Region Midtjylland`) are not Swedish county names and are not found.
 */
import { MUNICIPALITIES } from '../../taxonomy/municipalities.ts';

/** The municipality that calls itself a region. */
const MUNICIPALITY_REGION = 'Gotland';

/** County names as the regions use them: `Norrbottens län` → `Norrbotten`, plus the regions' own short forms. */
const STEMS: readonly string[] = (() => {
  const counties = new Set(MUNICIPALITIES.map((municipality) => municipality.county));
  const stems = [...counties].map((county) => county.replace(/\s+län$/u, '').replace(/s$/u, '')).filter((stem) => stem !== MUNICIPALITY_REGION);
  const shortForms = stems.includes('Södermanland') ? ['Sörmland'] : [];
  return [...stems, ...shortForms].sort((a, b) => b.length - a.length);
})();

const STEM = `(?<stem>${STEMS.map((stem) => stem.replace(/\s+/gu, String.raw`\s+`)).join('|')})`;
const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}\p{N}])`;

/** Every form, one alternative each; a trailing genitive s is read and dropped. */
const REGION_PATTERN = new RegExp(
  NOT_LETTER_BEFORE +
    '(?:' +
    [
      String.raw`(?<region>region)\s+${STEM}(?<harjedalen>\s+härjedalen)?(?:(?<regionGen>s)?\s+(?<regionLan>län))?`,
      String.raw`${STEM.replace('<stem>', '<lStem>')}(?<lGen>s)?\s+läns\s+(?<lansLandsting>landsting)`,
      String.raw`(?<landstinget>landstinget)\s+(?<lI>i\s+)?${STEM.replace('<stem>', '<iStem>')}(?:(?<iGen>s)?\s+(?<iLan>län))?`,
      String.raw`(?<vgr>västra\s+götalandsregionen)`,
    ].join('|') +
    ')s?' +
    NOT_LETTER_AFTER,
  'giu',
);

export interface RegionMention {
  /** The region's name, case normalised (`Region Jönköpings län`). */
  readonly name: string;
  /** Where the mention starts in the text (UTF-16 index). */
  readonly index: number;
}

/** A county's name as it is spelled (`NORRBOTTEN` → `Norrbotten`, `västra götaland` → `Västra Götaland`). */
function canonicalStem(written: string): string {
  const key = written.replace(/\s+/gu, ' ').toLowerCase();
  return STEMS.find((stem) => stem.toLowerCase() === key) ?? written;
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
    if (g.vgr !== undefined) {
      if (writtenAsName(g.vgr)) name = 'Västra Götalandsregionen';
    } else if (g.region !== undefined && g.stem !== undefined) {
      if (writtenAsName(g.region) && writtenAsName(g.stem)) {
        const lan = g.regionLan !== undefined ? `${g.regionGen === undefined ? '' : 's'} län` : '';
        name = `Region ${canonicalStem(g.stem)}${g.harjedalen !== undefined ? ' Härjedalen' : ''}${lan}`;
      }
    } else if (g.lansLandsting !== undefined && g.lStem !== undefined) {
      if (writtenAsName(g.lStem)) name = `${canonicalStem(g.lStem)}${g.lGen === undefined ? '' : 's'} läns landsting`;
    } else if (g.landstinget !== undefined && g.iStem !== undefined) {
      if (writtenAsName(g.iStem)) name = `Landstinget ${g.lI !== undefined ? 'i ' : ''}${canonicalStem(g.iStem)}${g.iLan !== undefined ? `${g.iGen === undefined ? '' : 's'} län` : ''}`;
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
