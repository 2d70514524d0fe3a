import type { NoiseCut, NoiseRule } from './types.ts';

const LABEL = /(?<![\p{L}\p{N}])(tfn|tel|telefon|mobil|mobiltelefon|fax|växel|e-post|epost|mejl|e-mail|mail)(?![\p{L}\p{N}])\s*:?/giu;
const VALUE = /^\s*(?:[+\d][\d\s\-–()]{4,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/u;
const CUES = [
  /(?<![\p{L}\p{N}])(tfn|tel|telefon|mobil|fax|växel|e-post|epost|mejl|e-mail)(?![\p{L}\p{N}])\s*:?/iu,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u,
  /(?<![\p{L}\p{N}])www\.[\w-]+\.\w+/iu,
  /(?<![\p{L}\p{N}])(postadress|besöksadress|leveransadress|org\.?\s?nr|organisationsnummer|bankgiro|plusgiro|swish)(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])\d{3}\s?\d{2}\s+\p{Lu}{2,}/u,
];

const cueCount = (text: string): number => CUES.filter((cue) => cue.test(text)).length;

/**
 * Contact footers and postal address blocks (`Postadress … Telefon … www.…`), and a contact
 * line glued before the text on a transcript's first page (`Åsa Johansson, utredare Tfn: E-post:
 * Riktlinjer för …`): the person, their title and the contact labels are cut, the rest is kept.
 */
export const contactDetails: NoiseRule = {
  id: 'contact-details',
  reason: 'Kontaktuppgifter eller postadress (sidfot eller försättsblad), inte dokumentets text.',
  find({ lines }) {
    const cuts: NoiseCut[] = [];
    for (const line of lines) {
      const text = line.text;
      const trimmed = text.trim();
      if (trimmed === '' || trimmed.length > 300) continue;
      // A contact block glued before other text is cut alone, so the text after it stays.
      const prefixCut = contactPrefix(text);
      if (prefixCut) {
        cuts.push({ ruleId: this.id, line: line.line, ...prefixCut });
        continue;
      }
      const sentences = trimmed.split(/[.!?]\s+\p{Lu}/u).length;
      if (cueCount(trimmed) >= 2 && sentences <= 2) cuts.push({ ruleId: this.id, line: line.line });
    }
    return cuts;
  },
};

/** `[page] Name, title Tfn: … E-post: …` at the start of a longer line. */
function contactPrefix(text: string): { start: number; end: number } | undefined {
  const start = /^\d{1,3}\s+/u.exec(text)?.[0].length ?? 0;
  const labels = [...text.matchAll(LABEL)].filter((match) => match.index < start + 200);
  const first = labels[0];
  if (!first || labels.length < 2) return undefined;
  const before = text.slice(start, first.index).trim();
  if (!before.includes(',') || before.split(/\s+/u).length > 10) return undefined;
  let end = 0;
  for (const label of labels) {
    const labelEnd = label.index + label[0].length;
    const value = VALUE.exec(text.slice(labelEnd));
    end = Math.max(end, labelEnd + (value?.[0].length ?? 0));
  }
  const rest = text.slice(end).trim();
  return rest.length > 0 ? { start, end } : undefined;
}
