/**
 * What a column is called in headers, lists and messages: the municipality, which is enough as
 * long as a municipality has one document. When it has several, the decision year tells them apart
 * (`Botkyrka 2021`, `Botkyrka 2025`), or, when that is missing or the same, the title.
 */
import type { PolicyDocument } from '../schema/policy-document.ts';
import { issuerName, UNKNOWN_ISSUER } from './issuer.ts';

type Labelled = Pick<PolicyDocument, 'id' | 'municipality' | 'title' | 'adopted'> & Partial<Pick<PolicyDocument, 'issuer'>>;

/** The name of a document without a municipality or region. */
export const UNKNOWN_MUNICIPALITY = UNKNOWN_ISSUER;

/** Document id → its column label, for every document. */
export function columnLabels(documents: readonly Labelled[]): Map<string, string> {
  const byMunicipality = new Map<string, Labelled[]>();
  for (const document of documents) {
    const name = issuerName(document);
    byMunicipality.set(name, [...(byMunicipality.get(name) ?? []), document]);
  }
  const labels = new Map<string, string>();
  for (const [name, group] of byMunicipality) {
    const years = group.map((document) => document.adopted.date?.slice(0, 4) ?? null);
    const yearsTellApart = years.every((year, index) => year !== null && years.indexOf(year) === index);
    const titles = group.map((document) => document.title);
    const titlesTellApart = titles.every((title, index) => titles.indexOf(title) === index);
    group.forEach((document, index) => {
      if (group.length === 1) labels.set(document.id, name);
      else if (yearsTellApart) labels.set(document.id, `${name} ${years[index]}`);
      else if (titlesTellApart) labels.set(document.id, `${name}: ${document.title}`);
      else labels.set(document.id, `${name} (${document.id})`);
    });
  }
  return labels;
}
