import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Headings only a tjänsteskrivelse (a cover letter to the decision-makers) has. */
const COVER_CUES =
  /tjänsteskrivelse|förslag till beslut|kontorets förslag|beskrivning av ärendet|ärendebeskrivning|beslutsunderlag|^handlingar$|^ärendet$|^yttrande$/iu;
/** Letterhead and registration lines: capitals, `Dnr …`, `Ink 2001-02-26`, dates. */
const REGISTRATION = /^(dnr|diarienr|diarienummer|ink|inkom|ks|k|datum|handläggare)(?![\p{L}\p{N}])|\d{4}-\d{2}-\d{2}/iu;
const CAPITALS = /^[\p{Lu}\s\d/.-]+$/u;

/**
 * Where the steering document proper begins after a cover letter, as an index into `nodes`; 0 when
 * there is no cover letter. A cover letter is recognised by its own headings (`Förslag till
 * beslut`, `Beskrivning av ärendet`, `Handlingar`) between the title and a later repetition of
 * the title; the document proper starts at the letterhead lines just before that repetition.
 */
export function findCoverLetterEnd(nodes: readonly RootContent[]): number {
  const titles = nodes.flatMap((node, index) => (node.type === 'heading' && node.data?.isTitle ? [index] : []));
  if (titles.length < 2) return 0;
  const [first, ...later] = titles as [number, ...number[]];
  for (const repeat of later) {
    const between = nodes.slice(first + 1, repeat);
    const cued = between.some((node) => node.type === 'heading' && COVER_CUES.test(toString(node).trim()));
    if (!cued) continue;
    let start = repeat;
    while (start - 1 > first && isLetterhead(nodes[start - 1]!)) start--;
    return start;
  }
  return 0;
}

function isLetterhead(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const lines = node.data?.lines ?? [];
  return lines.length > 0 && lines.every((line) => line.text.length <= 60 && (REGISTRATION.test(line.text) || CAPITALS.test(line.text)));
}
