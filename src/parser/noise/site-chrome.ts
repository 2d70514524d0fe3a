import type { NoiseRule } from './types.ts';

/**
 * Lines that belong to the web page or document-sharing site a text was scraped from, not to the
 * document: viewer controls, download buttons, navigation, cookie notices.
 */
const CHROME = [
  /^storlek:\s*\d*\s*px$/i,
  /^starta visningen från sidan:?\s*\d*$/i,
  /^download\s+["“”].*["“”]$/i,
  /^ladda (ner|ned)\s+["“”].*["“”]$/i,
  /^transkript(ion)?$/i,
  /^(dela|dela sidan|skriv ut|till toppen|tillbaka|meny|hoppa till (huvud)?innehåll(et)?|lyssna|läs upp|logga in|sök på webbplatsen)$/i,
  /^(den här webbplatsen|vi) använder (kakor|cookies)\b.*$/i,
  /^(acceptera|godkänn|neka) (alla )?(kakor|cookies)$/i,
  /^(sidan|senast) (uppdaterad|granskad)[: ].{0,40}$/i,
  /^(hittade du det du sökte\??|var den här sidan till hjälp\??)$/i,
  /^(page|sida) \d+ of \d+$/i,
];

export const siteChrome: NoiseRule = {
  id: 'site-chrome',
  reason: 'Webbplatsens eller dokumentvisarens egna texter, inte dokumentets.',
  find({ lines }) {
    return lines
      .filter((line) => CHROME.some((pattern) => pattern.test(line.text.trim())))
      .map((line) => ({ ruleId: this.id, line: line.line }));
  },
};
