/** How many documents, from how many municipalities and counties: the lead of the overview and of the themes. */
import type { PolicyDocument } from '../schema/policy-document.ts';

const distinct = (values: readonly (string | null)[]) => new Set(values.filter((value): value is string => value !== null)).size;
const plural = (count: number, one: string, many: string) => `${new Intl.NumberFormat('sv-SE').format(count)} ${count === 1 ? one : many}`;

/** `5 styrdokument från 5 kommuner i 4 län`. */
export function overviewSummary(documents: readonly PolicyDocument[]): string {
  const municipalities = distinct(documents.map((document) => document.municipality));
  const counties = distinct(documents.map((document) => document.county));
  return `${plural(documents.length, 'styrdokument', 'styrdokument')} från ${plural(municipalities, 'kommun', 'kommuner')} i ${plural(counties, 'län', 'län')}`;
}
