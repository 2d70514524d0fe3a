import { expect, test } from 'vitest';
import { formatCitation, sectionName, sectionPath } from '../../src/lib/citation.ts';
import { parseSeed } from '../support/parse.ts';

test('a citation names municipality, document, decision, section, source lines and the permalink', async () => {
  const document = await parseSeed('eksjo');
  const section = document.sections.find((candidate) => candidate.heading === 'Ansvar och organisation')!;
  expect(sectionPath(document, section)).toBe('/dokument/eksjo/#ansvar-och-organisation');
  expect(formatCitation(document, section, 'https://exempel.se/')).toBe(
    'Eksjö kommun, ”Internationell policy för Eksjö kommun”, beslutad av Kommunfullmäktige 19 mars 2020, avsnitt ”Ansvar och organisation”, källtextens rad 88–98. https://exempel.se/dokument/eksjo/#ansvar-och-organisation',
  );
});

test('numbered sections are cited with their number; the front matter by its name', async () => {
  const document = await parseSeed('hylte');
  expect(sectionName(document.sections.find((section) => section.category === 'responsibility')!)).toBe('5 Ansvar');
  expect(sectionName(document.sections[0]!)).toBe('Titel och dokumentuppgifter');
});
