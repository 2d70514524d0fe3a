/**
 * The facts of the accessibility statement (`/tillganglighet/`), in one place so that a review
 * changes data, not prose scattered over a page.
 */

/** When the statement was made (ISO date). */
export const STATEMENT_DATE = '2026-11-22';
/** When the site's accessibility was last reviewed (ISO date). */
export const LAST_REVIEW_DATE = '2026-11-22';

/**
 * Where to report problems. `null` until the project has published a contact address: the page
 * then says so, and lists the missing contact among the known gaps, instead of inventing one.
 */
export const FEEDBACK_CONTACT: { readonly label: string; readonly href: string } | null = null;

/** The standard the site is measured against. */
export const STANDARD = 'WCAG 2.2 nivå AA';

/** A known gap: what does not work, for whom, and which success criterion it concerns. */
export interface KnownGap {
  readonly criterion: string;
  readonly text: string;
}

export const KNOWN_GAPS: readonly KnownGap[] = [
  {
    criterion: 'Flera kriterier, bland annat 1.3.1 Information och relationer och 4.1.2 Namn, roll, värde',
    text: 'Webbplatsen har ännu inte testats manuellt med skärmläsare (till exempel NVDA, JAWS, VoiceOver och TalkBack) eller med förstoringsprogram. Automatiska tester hittar bara en del av alla brister, så vi kan inte säga att webbplatsen är helt förenlig förrän det är gjort.',
  },
  {
    criterion: '1.4.4 Ändra textstorlek',
    text: 'Texten i diagrammen växer när du zoomar, men inte om du bara ändrar webbläsarens textstorlek. Samma uppgifter finns alltid i en tabell bredvid diagrammet, och tabellens text följer textstorleken.',
  },
  {
    criterion: '3.1.2 Språk för delar av innehållet',
    text: 'Styrdokumenten innehåller enstaka namn och uttryck på andra språk (nätverk, EU-program). De visas som dokumenten skrev dem och är inte märkta med sitt språk, så en skärmläsare kan uttala dem på svenska.',
  },
  {
    criterion: '1.4.10 Anpassning till skärmstorlek',
    text: 'Breda tabeller (till exempel jämförelsen av kategorier) rullar i sidled på smala skärmar i stället för att brytas om. Det är tillåtet för datatabeller, men kan vara besvärligt att läsa.',
  },
  {
    criterion: 'Återkoppling (lagens krav på kontaktväg)',
    text: 'Projektet har ännu inte publicerat någon särskild kontaktväg för synpunkter på tillgängligheten; se avsnittet om att rapportera brister.',
  },
];

/** How the site is tested, automatically on every build and by hand. */
export const TEST_METHODS: readonly string[] = [
  'axe-core (regler för WCAG 2.0, 2.1 och 2.2 på nivå A och AA) körs på varje byggd sida i Chromium, i 1 280 och 390 pixlars bredd, med och utan JavaScript. Varje anmärkning underkänner testerna.',
  'Färgkontrasten kontrolleras automatiskt av axe-core på varje sida (4,5:1 för text); diagrammens markeringar har färger valda för minst 3:1 mot bakgrunden och skiljer sig också i form och tecken, inte bara i färg.',
  'Tangentbordstester: automatiska webbläsartester går med tabbtangenten genom sidornas interaktiva delar (diagrammens länkar, formulär och knappar) och kontrollerar att fokus syns och att de fungerar med Enter och mellanslag.',
  'Varje sida kontrolleras utan JavaScript: allt innehåll finns i sidans HTML, och skript lägger bara till funktioner.',
  'Testerna kontrollerar också att sidan har språket svenska angivet, exakt en huvudrubrik (h1) och att inga anrop görs till andra webbplatser.',
  'Skärmbilder i 390 och 1 280 pixlars bredd, med och utan JavaScript, granskas av utvecklarna när en sida ändras.',
];
