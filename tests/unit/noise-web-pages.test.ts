/**
 * Scraped municipal web pages: one fixture per kind of page furniture, written for the rule (no
 * real page's sentences). Each asserts what a reader would notice: the furniture is gone from the
 * sections, its removal is recorded with a reason and its source lines, and every sentence of
 * the page's own text is still there.
 */
import { describe, expect, test } from 'vitest';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { parseLossless } from '../support/parse.ts';

const doc = (lines: string[]) => lines.join('\n');
const BODY = [
  'Internationellt arbete',
  '',
  'Syftet med kommunens internationella arbete är att utveckla verksamheterna genom utbyte med andra.',
  '',
  'Kommunstyrelsen samordnar arbetet och nämnderna genomför det inom sina områden.',
];
const sectionText = (document: PolicyDocument) => document.sections.map((section) => `${section.heading ?? ''}\n${section.text}`).join('\n');

const parsed = parseLossless;

async function expectRemoved(lines: string[], furniture: string[], ruleId: string) {
  const text = doc(lines);
  const document = await parsed(text);
  const shown = sectionText(document);
  for (const item of furniture) expect(shown).not.toContain(item);
  const removedText = document.removed
    .filter((removal) => removal.ruleId === ruleId)
    .map((removal) => removal.text)
    .join('\n');
  for (const item of furniture) expect(removedText).toContain(item);
  for (const removal of document.removed) expect(removal.reason).toMatch(/\p{L}{3}/u);
  expect(shown).toContain('Syftet med kommunens internationella arbete är att utveckla verksamheterna genom utbyte med andra.');
  expect(shown).toContain('Kommunstyrelsen samordnar arbetet och nämnderna genomför det inom sina områden.');
  return document;
}

describe('site chrome', () => {
  test('skip links, menus and the logo link at the top of a page', async () => {
    await expectRemoved(
      ['Hoppa till innehållet', '', 'Meny', 'Sök', '', 'Ås kommun, länk till startsidan', '', ...BODY],
      ['Hoppa till innehållet', 'Meny', 'Ås kommun, länk till startsidan'],
      'site-chrome',
    );
  });

  test('share and feedback widgets, reading tools and a language switch', async () => {
    const furniture = ['Dela på Facebook Dela på LinkedIn', 'Tipsa en vän', 'Lyssna', 'Var den här sidan till hjälp?', 'Lämna dina synpunkter här', 'English'];
    await expectRemoved([...BODY, '', ...furniture.flatMap((line) => [line, ''])], furniture, 'site-chrome');
  });

  test('page-status lines in their common forms', async () => {
    const status = [
      'Senast uppdaterad',
      'Uppdaterad 2019-04-02',
      'Senast ändrad: 2022-10-11',
      'Sidan uppdaterades den 3 mars 2021',
      '• Senast granskad 12 jan 2020 av Webbredaktionen',
    ];
    for (const line of status) await expectRemoved([...BODY, '', line], [line], 'site-chrome');
  });

  test('a link annotated as leading elsewhere, a file link with its size and a translation notice', async () => {
    const furniture = [
      'Styrelsens ledamöter Länk till annan webbplats, öppnas i nytt fönster.',
      'Internationell policy (pdf, 312 kB)',
      'Den här sidan har översatts maskinellt och kan innehålla fel.',
    ];
    await expectRemoved([...BODY, '', ...furniture.flatMap((line) => [line, ''])], furniture, 'site-chrome');
  });

  test('unrendered template tokens', async () => {
    await expectRemoved(['$header', '$sidebar', '', '{{ page.title }}', '', ...BODY], ['$header', '$sidebar', '{{ page.title }}'], 'site-chrome');
  });

  test("the site's name for the upload, taken with a page number from the file's first text, is not the title", async () => {
    const lines = [
      '3 Riktlinjer för internationellt arbete',
      '',
      'Storlek: px',
      '',
      'Download "3 Riktlinjer för internationellt arbete"',
      '',
      'Transkript',
      '',
      'Syfte',
      '',
      ...BODY.slice(2),
    ];
    const document = await expectRemoved(lines, ['3 Riktlinjer för internationellt arbete'], 'site-chrome');
    expect(document.title).toBe('Riktlinjer för internationellt arbete');
  });

  test("a document-sharing site's viewer header, uploader line included, and its labels in other languages", async () => {
    const furniture = ['Storlek: px', 'Download "Internationell policy"', '• Per Persson', '• för 3 år sedan', 'Transkript', 'Tam metin'];
    const lines = [
      'Internationell policy',
      '',
      'Storlek: px',
      '',
      'Download "Internationell policy"',
      '  • Per Persson',
      '  • för 3 år sedan',
      '  • Visningar:',
      '',
      'Transkript',
      '',
      'Tam metin',
      '',
      'Syfte',
      '',
      ...BODY.slice(2),
    ];
    await expectRemoved(lines, furniture, 'site-chrome');
  });
});

describe('contact blocks written one item a line', () => {
  test('a flattened contact table above the page heading, and the heading stays the title', async () => {
    const table = [
      'Kontakta Ås kommun',
      '',
      'Telefon',
      '',
      'Besöksadress',
      '',
      '0123-45 67 00',
      '',
      'Måndag–fredag',
      '',
      'Storgatan 12',
      '',
      'Kl. 08.00 - 16.30',
      '',
      'Postadress',
      '',
      '123 45 Ås',
      '',
      'E-post',
      '',
      'kommun@as.example',
    ];
    const document = await expectRemoved(
      [...table, '', ...BODY],
      ['Telefon', 'Storgatan 12', '123 45 Ås', 'Kl. 08.00 - 16.30', 'kommun@as.example'],
      'contact-details',
    );
    expect(document.title).toBe('Internationellt arbete');
  });

  test('a contact person at the foot of a page: heading, name, title, centre and number', async () => {
    const footer = ['Kontakt', '', 'Eva Ek', 'utvecklingsstrateg', '', 'Medborgarservice', 'Tfn 0123-45 00 00'];
    await expectRemoved([...BODY, '', ...footer], ['Eva Ek', 'utvecklingsstrateg', 'Medborgarservice', 'Tfn 0123-45 00 00'], 'contact-details');
  });

  test('an invitation to get in touch is not the document', async () => {
    await expectRemoved(
      [...BODY, '', 'Kontakta oss om du vill veta mer om kommunens internationella arbete.', '', 'Kontakta oss', '', 'Eva Ek', '', 'Mobil:', '0701-23 45 67'],
      ['Kontakta oss om du vill veta mer', 'Eva Ek', '0701-23 45 67'],
      'contact-details',
    );
  });

  test('a sentence that mentions a telephone stays', async () => {
    const text = doc([...BODY, '', 'Kommunens växel svarar på frågor om vänorterna under kontorstid.']);
    const document = await parsed(text);
    expect(sectionText(document)).toContain('Kommunens växel svarar på frågor om vänorterna under kontorstid.');
  });
});

describe('above the page heading', () => {
  test('a breadcrumb, a banner and an image text above the heading of a scraped page go; a decision line stays', async () => {
    const lines = [
      'Till innehållet',
      '',
      'Kommun och politik - Internationellt',
      '',
      'Aktuell information om vintervägar',
      '',
      'solnedgång',
      '',
      'Internationellt arbete',
      '',
      'Antagen av kommunfullmäktige 2021-05-17',
      '',
      ...BODY.slice(2),
    ];
    const document = await expectRemoved(lines, ['Kommun och politik - Internationellt', 'Aktuell information om vintervägar', 'solnedgång'], 'before-title');
    expect(document.title).toBe('Internationellt arbete');
    expect(document.adopted.date).toBe('2021-05-17');
  });

  test('a document that is not a scraped page keeps what stands above its title', async () => {
    const text = doc(['ÅS KOMMUN', 'Kommunstyrelsen', '', 'Riktlinjer för internationellt arbete', '', ...BODY.slice(2)]);
    const document = await parsed(text);
    expect(document.removed).toEqual([]);
    expect(document.sections[0]!.text).toContain('ÅS KOMMUN');
  });
});
