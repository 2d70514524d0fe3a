import { isBlank, type NoiseCut, type NoiseRule } from './types.ts';

const READ_MORE = /^(läs mer|läs mer\s*»|visa mer|read more)$/i;

/**
 * A document-sharing site lists unrelated documents after the text: a title, an excerpt and a
 * `Läs mer` link, again and again. Two or more such entries in a row are taken out, together with
 * the title and excerpt lines before each link.
 */
export const relatedDocuments: NoiseRule = {
  id: 'related-documents',
  reason: 'Lista över andra, orelaterade dokument som delningssajten visade efter texten.',
  find({ lines }) {
    const links = lines.filter((line) => READ_MORE.test(line.text.trim())).map((line) => line.line);
    if (links.length < 2) return [];
    const cuts: NoiseCut[] = [];
    const cut = new Set<number>();
    for (const linkLine of links) {
      cut.add(linkLine);
      // Walk back over the entry: at most two non-blank lines (title, excerpt) since the previous link.
      let taken = 0;
      for (let index = linkLine - 2; index >= 0 && taken < 2; index--) {
        const line = lines[index];
        if (!line) break;
        if (isBlank(line.text)) continue;
        if (READ_MORE.test(line.text.trim())) break;
        cut.add(line.line);
        taken++;
      }
    }
    for (const line of [...cut].sort((a, b) => a - b)) cuts.push({ ruleId: this.id, line });
    return cuts;
  },
};
