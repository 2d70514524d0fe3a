import { matchesAnyOf } from '../text/any-of.ts';
import type { NoiseCut, NoiseRule } from './types.ts';
import { hasPageNumber, uploadName } from './upload-name.ts';

// Runs of white space are written so that one run can be read only one way (`\s*(?:\d+\s*)?` rather
// than `\s*\d*\s*`, which splits a long run of spaces between its two halves in every possible way).

/** A document viewer's size control: `Storlek: 100 px`. */
export const VIEWER_SIZE = /^storlek:\s*(?:\d+\s*)?px$/iu;
/** A view counter: `Visningar: 1 234`. */
export const VIEWER_VIEWS = /^(visningar|views):?[\d\s]*$/iu;
/**
 * When the page was published, updated or reviewed, and by whom: `Sidan uppdaterades: 3 mars 2021`,
 * `Senast ändrad 2021-03-03 av Anna A`. The white space before a colon, date or author is one run.
 */
export const PAGE_STATUS =
  /^(?:[•·\-*]\s*)?(?:sidan\s+|senast\s+|denna sida\s+)?(?:uppdaterad|uppdaterades|ändrad|ändrades|granskad|granskades|publicerad|publicerades)(?:\s+(?:den|senast))?\s*(?::\s*)?(?:(?:\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*(?:av|,)\s+.{1,60})?|(?:av|,)\s+.{1,60})?$/iu;
/**
 * A share widget: `Dela`, `Dela sidan på Facebook`, `Dela på Facebook dela på LinkedIn`. Where to
 * share starts with a letter and has 2–30 letters and spaces; the white space before it is one run.
 * (Written `\s+[\p{L} ]{2,30}`, a long run of spaces was split between the two in every way.)
 */
export const SHARE_LINE = /^(dela|dela sidan|dela artikeln)(\s+på\s+\p{L}[\p{L} ]{1,29})?(\s+dela på\s+\p{L}+)*$/iu;

/**
 * Lines that belong to the web page or document-sharing site a text was scraped from, not to the
 * document: viewer controls, download buttons, navigation and skip links, share and feedback
 * widgets, reading tools, language and translation switches, page-status lines (published,
 * updated, reviewed), links annotated as leading elsewhere, file links with their size, and
 * unrendered template tokens. Each pattern matches a whole line.
 */
const CHROME: readonly RegExp[] = [
  // Document-sharing viewers: controls, the download button, the uploader's line, the host's own labels.
  VIEWER_SIZE,
  /^starta visningen från sidan:?\s*\d*$/iu,
  /^(download|ladda (ner|ned))\s+["“”].*["“”]$/iu,
  /^transkript(ion)?$/iu,
  VIEWER_VIEWS,
  /^(för|for)\s+\d+\s+(år|månad(er)?|veck(a|or)|dag(ar)?|years?|months?|days?)\s+(sedan|ago)$/iu,
  /^(tam metin|full text|volltext|texte intégral|testo completo|texto completo|pełny tekst)$/iu,
  // Navigation, skip links and logo links.
  /^(till|gå till|hoppa till|hoppa direkt till)\s+(huvud)?innehåll(et)?$/iu,
  /^(förbigå|hoppa över)\s+(menyn|navigeringen)$/iu,
  /^till undermeny\b.{0,60}$/iu,
  /^(search|sök|menu|meny|stäng|öppna meny|stäng meny|startsida|start|logga in|sök på webbplatsen|till toppen|tillbaka|skriv ut)$/iu,
  /^.{1,60},?\s+länk till (start|hem)sidan$/iu,
  // Share and feedback widgets.
  SHARE_LINE,
  /^tipsa (en (kompis|vän)|någon)(\s+om sidan)?$/iu,
  /^tyck till( om .{1,60})?$/iu,
  /^(hittade du det du sökte|var (den här|denna) sidan? (till )?(hjälp|användbar)|kan vi göra (sidan|webbplatsen|texten) bättre)\??$/iu,
  /^lämna (dina |en )?(synpunkt|kommentar|återkoppling)\p{L}*.{0,120}$/iu,
  // Reading tools, language and translation.
  /^(lyssna|läs upp|lyssna på sidan|lyssna på texten|talande webb|readspeaker|tal och text|lättläst|teckenspråk|other languages|andra språk|välj språk|translate|google translate)$/iu,
  /^(sv|en|svenska|english|in english|på svenska)$/iu,
  /^(den här sidan|sidan|texten) (har|är) (översatt|översatts) (maskinellt|automatiskt)\b.{0,160}$/iu,
  // Cookie notices.
  /^(den här webbplatsen|vi) använder (kakor|cookies)\b.*$/iu,
  /^(acceptera|godkänn|neka) (alla )?(kakor|cookies)$/iu,
  // Page status: when the page was published, updated or reviewed, and by whom.
  PAGE_STATUS,
  /^(sidansvarig|sidans? ägare|innehållsansvarig|ansvarig för sidan)\s*:?.{0,60}$/iu,
  /^(page|sida) \d+ of \d+$/iu,
  // A link annotated as leading elsewhere, and file links with their size.
  /^.{0,100}\b(länk till annan webbplats|öppnas i (ett )?nytt fönster|extern länk)\b.{0,80}$/iu,
  /^.{1,160}\((?:pdf|docx?|xlsx?|pptx?|odt|rtf)(?:[,\s]+(?:\d+\s*sidor?[,\s]+)?\d+(?:[.,]\d+)?\s*(?:kb|mb|kib|mib|byte))?\)$/iu,
  // A pointer to elsewhere on the page: `Läs mer om … under fliken … till vänster på sidan`.
  /^(läs mer|läs vidare|se mer)\b.{0,120}\b(under fliken|till vänster|till höger|i menyn|i vänstermenyn|på sidan|nedan|här)\.?$/iu,
  // A template's placeholder left unfilled: `[Godkänt datum]`, `[Ange titel]`.
  /^\[[\p{L}][\p{L}\s.-]{1,40}\]$/u,
  // Unrendered template tokens: `$left`, `{{ title }}`, `%PAGE_TITLE%`, `[[content]]`.
  /^(?:\$[a-z_][\w-]*|\{\{[^{}]{1,60}\}\}|%[A-Z_]{2,40}%|\[\[[^[\]]{1,60}\]\])(?:\s+(?:\$[a-z_][\w-]*|\{\{[^{}]{1,60}\}\}|%[A-Z_]{2,40}%|\[\[[^[\]]{1,60}\]\]))*$/u,
];

/** Whether a line matches any of them, searched at once: most lines match none (`matchesAnyOf`). */
const anyChrome = matchesAnyOf(CHROME);

/** Every pattern above but the cookie notices matches a line of at most this length. */
const LONGEST_CHROME = 240;
const COOKIE = /(kakor|cookies)/iu;

/** A viewer's header block runs from its first control to `Transkript`: everything between (the uploader, views) is the viewer's. */
export const VIEWER_START = /^(storlek:\s*(?:\d+\s*)?px|download\s+["“”])/iu;
const VIEWER_END = /^transkript(ion)?$/iu;
const VIEWER_BLOCK_LINES = 12;

export const siteChrome: NoiseRule = {
  id: 'site-chrome',
  reason: 'Webbplatsens eller dokumentvisarens egna texter, inte dokumentets.',
  find({ lines }) {
    const cuts: NoiseCut[] = [];
    const cut = new Set<number>();
    lines.forEach((line, index) => {
      const text = line.text.trim();
      if (text === '') return;
      if ((text.length <= LONGEST_CHROME || COOKIE.test(text)) && anyChrome(text) && CHROME.some((pattern) => pattern.test(text))) cut.add(line.line);
      if (!VIEWER_START.test(text)) return;
      const end = lines.slice(index + 1, index + VIEWER_BLOCK_LINES).findIndex((next) => VIEWER_END.test(next.text.trim()));
      if (end === -1) return;
      for (const inside of lines.slice(index, index + end + 2)) if (inside.text.trim() !== '') cut.add(inside.line);
    });
    // The site names the upload after the first text of the file, page number and all (`2 Internationell
    // policy`): a line that repeats such a name is the viewer's, not the document's title.
    const name = uploadName(lines);
    if (name && hasPageNumber(name)) {
      for (const line of lines) if (line.text.trim() === name) cut.add(line.line);
    }
    for (const line of [...cut].sort((a, b) => a - b)) cuts.push({ ruleId: this.id, line });
    return cuts;
  },
};
