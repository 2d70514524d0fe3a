import { matchesAnyOf } from '../text/any-of.ts';
import type { NoiseRule } from './types.ts';

/** `Sida 3`, `sid. 3 av 12`, `s. 3 (12)`: the white space around the colon is one run, read one way. */
export const PAGE_LABEL = /^(sida|sid\.?|s\.)\s*(?::\s*)?\d{1,3}(\s*(av|\/)\s*\d{1,3}|\s*\(\s*\d{1,3}\s*\))?$/iu;

/** Page numbers and page counters on a line of their own. */
const PAGE_NUMBER = [
  /^\d{1,3}$/u,
  /^\d{1,3}\s*[([]\s*\d{1,3}\s*[)\]]$/u,
  /^\(\s*\d{1,3}\s*\)$/u,
  PAGE_LABEL,
  /^[-–—]\s*\d{1,3}\s*[-–—]$/u,
  /^\d{1,3}\s*\/\s*\d{1,3}$/u,
  /^\d{1,3}\s+av\s+\d{1,3}$/iu,
];

const isPageNumber = matchesAnyOf(PAGE_NUMBER);

export const pageNumbers: NoiseRule = {
  id: 'page-number',
  reason: 'Sidnummer från den ursprungliga sidindelningen.',
  find({ lines }) {
    return lines.filter((line) => isPageNumber(line.text.trim())).map((line) => ({ ruleId: this.id, line: line.line }));
  },
};
