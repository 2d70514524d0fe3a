/** The lead sentence of a county's page, shared by the overview's, Vem gör vad's and the themes' county pages. */
import type { CountyGroup } from './counties.ts';
import { countWord } from './swedish.ts';

/** A count for a common-gender noun (`en kommun`, `två kommuner`). */
const common = (count: number) => (count === 1 ? 'en' : count === 0 ? 'ingen' : countWord(count));

/** The lead sentence of a county page. */
export function countyLead(group: CountyGroup): string {
  const count = group.documents.length;
  const documents = `${count} styrdokument`;
  if (group.municipalitiesInCounty === null)
    return `${documents} där tolkningen inte kunde avgöra vilken kommun ${count === 1 ? 'det' : 'de'} kommer från, och därmed inte länet.`;
  if (group.municipalitiesInCounty === 1) return `${documents} från länets enda kommun.`;
  const from =
    group.municipalities === group.municipalitiesInCounty
      ? `alla länets ${common(group.municipalitiesInCounty)} kommuner`
      : `${common(group.municipalities)} av länets ${common(group.municipalitiesInCounty)} kommuner`;
  return `${documents} från ${from}.`;
}
