/**
 * `npm run bench:pages` (`node scripts/bench/pages.ts`): the first-visit weight of every built
 * page (DIST_DIR or dist/) — HTML, stylesheets, scripts with their imports, images and fonts, raw
 * and gzip — against its budget, as Markdown tables. Exit code 1 when a page is over budget.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { formatWeights, measurePage, type SiteReader } from './page-weight.ts';

const dist = resolve(process.env.DIST_DIR || 'dist');

/** Every built HTML page as a site path: `index.html` files as their folder, others as themselves. */
function builtPages(folder: string): string[] {
  const pages: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) pages.push(...builtPages(path));
    else if (name.endsWith('.html')) {
      const sitePath = `/${relative(dist, path).split(sep).join('/')}`;
      pages.push(sitePath.endsWith('/index.html') ? sitePath.slice(0, -'index.html'.length) : sitePath);
    }
  }
  return pages;
}

const read: SiteReader = (sitePath) => {
  const path = join(dist, ...sitePath.split('/').filter(Boolean));
  if (!path.startsWith(dist)) return null;
  try {
    return statSync(path).isFile() ? new Uint8Array(readFileSync(path)) : null;
  } catch {
    return null;
  }
};

const collator = new Intl.Collator('sv');
const weights = builtPages(dist)
  .sort(collator.compare)
  .map((page) => measurePage(page, read));
console.log(`Sidornas vikt vid första besöket (${dist}), gzip nivå 9\n`);
console.log(formatWeights(weights));
const over = weights.filter((weight) => !weight.withinBudget);
console.log(
  over.length === 0
    ? `\nAlla ${weights.length} sidor håller sin budget.`
    : `\n${over.length} av ${weights.length} sidor överskrider sin budget: ${over.map((weight) => weight.page).join(', ')}`,
);
process.exitCode = over.length === 0 ? 0 : 1;
