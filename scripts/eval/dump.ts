/**
 * `node scripts/eval/dump.ts FILE…`: the parser's reading of a file in brief, for a person: the
 * title and metadata, each section (category, basis, heading, source lines, the start of its
 * text), the removals and the responsibilities. A quick look while working on a rule.
 */
import { readFile } from 'node:fs/promises';
import { parsePolicyDocument } from '../../src/parser/parse-document.ts';

for (const path of process.argv.slice(2)) {
  const { document, file } = await parsePolicyDocument(new Uint8Array(await readFile(path)), { path });
  console.log(`\n##### ${path}`);
  if (!document) {
    console.log(file.messages.map(String).join('\n'));
    continue;
  }
  const { title, municipality, issuer, documentType, adopted } = document;
  console.log(JSON.stringify({ title, municipality, issuer, documentType, adopted }));
  for (const section of document.sections) {
    const text = section.text.replace(/\n/gu, ' ⏎ ');
    console.log(
      `[${section.category}/${section.categoryBasis}] L${section.source.startLine}-${section.source.endLine} ${'#'.repeat(section.level)} ${section.heading ?? '∅'}\n    ${text.slice(0, 300)}${text.length > 300 ? ' …' : ''}`,
    );
  }
  for (const removal of document.removed)
    console.log(`  - removed ${removal.ruleId} L${removal.startLine}-${removal.endLine}: ${removal.text.replace(/\n/gu, ' ⏎ ').slice(0, 100)}`);
  for (const r of document.responsibilities) console.log(`  * ${r.actor.id} (${r.actorText}) ${r.role}: ${r.clause.slice(0, 80)}`);
}
