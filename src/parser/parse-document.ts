import { VFile } from 'vfile';
import { policyDocumentSchema, type PolicyDocument } from '../schema/policy-document.ts';
import { CANONICAL_CATEGORY_KEYS, getCategory } from '../taxonomy/categories.ts';
import { decodeDocument, sha256Hex } from './decode.ts';
import { documentSlug } from './document-ids.ts';
import { hasFatal, report, toDiagnostics } from './diagnostics.ts';
import { normaliseLines, type SourceLine } from './lines.ts';
import { extractMetadata, findHeaderFields, type SourceFacts } from './metadata/extract-metadata.ts';
import { removeNoise } from './noise/index.ts';
import { buildTree } from './processor.ts';
import { extractResponsibilities } from './responsibilities/index.ts';
import { buildSections } from './sections/build-sections.ts';
import { finalizeSections } from './sections/finalize.ts';

export interface ParseOptions {
  /** The file's path as it should be reported (`content/hylte.txt`). */
  readonly path: string;
  readonly facts?: SourceFacts;
}

export interface ParseResult {
  /** `null` when the input is not a text document (the file holds a fatal message saying why). */
  readonly document: PolicyDocument | null;
  /** The vfile with every diagnostic, for `vfile-reporter`. */
  readonly file: VFile;
}

/**
 * Parse one steering document as it arrived — bytes or text — into the public `PolicyDocument`.
 * Pure: no file system, no network, so it runs at build time and in a browser alike.
 */
export async function parsePolicyDocument(input: Uint8Array | string, options: ParseOptions): Promise<ParseResult> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const file = new VFile({ path: options.path });
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) {
    report(file, 'fatal', decoded.ruleId, decoded.reason);
    return { document: null, file };
  }
  for (const note of decoded.notes) report(file, 'info', 'encoding', note, 1, 1);

  const source = normaliseLines(decoded.text);
  reportNormalisation(file, source);
  const noise = removeNoise(source);
  const title = noise.title;
  const removed = [...noise.removed];
  const tree = buildTree(file, { noise, title: title?.text ?? null, removed });
  removed.sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine);

  const drafts = buildSections(tree);
  if (!tree.children.some((node) => node.type === 'heading' && !node.data?.isTitle)) {
    report(file, 'warning', 'no-headings', 'Inga rubriker hittades; hela texten blir ett avsnitt.', 1, 1);
  }
  const frontMatterLines = drafts.filter((draft) => draft.frontMatter).flatMap((draft) => range(draft.startLine, draft.endLine));
  const fields = findHeaderFields(source, frontMatterLines);
  const sections = finalizeSections(drafts, fields);
  for (const section of sections) {
    if (section.categoryBasis === 'content') {
      const label = getCategory(section.category).label;
      report(file, 'warning', 'category-from-content', `Kategorin ”${label}” för avsnittet ”${section.heading ?? '(utan rubrik)'}” är gissad från texten; rubriken säger inget.`, section.source.startLine, 1);
    }
  }
  for (const key of CANONICAL_CATEGORY_KEYS) {
    if (!sections.some((section) => section.category === key)) {
      report(file, 'info', 'category-missing', `Dokumentet har inget avsnitt om ${getCategory(key).label.toLowerCase()}.`);
    }
  }

  const keptText = noise.lines.map((line) => line.text).join('\n');
  const meta = extractMetadata({ file, keptText, title, sections, fields, facts: options.facts ?? {} });
  const responsibilities = extractResponsibilities(sections);

  const document: PolicyDocument = {
    id: documentSlug(meta.municipality?.name ?? meta.title),
    municipality: meta.municipality?.name ?? null,
    issuer: meta.issuer,
    municipalityCode: meta.municipality?.code ?? null,
    county: meta.municipality?.county ?? null,
    title: meta.title,
    documentType: meta.documentType,
    adopted: meta.adopted,
    source: { file: options.path, sha256: await sha256Hex(bytes), encoding: decoded.encoding, lineCount: source.length },
    metadata: meta.metadata,
    sections,
    responsibilities,
    removed,
    diagnostics: [],
  };
  document.diagnostics = toDiagnostics(file);
  const checked = policyDocumentSchema.safeParse(document);
  if (!checked.success) {
    report(file, 'fatal', 'invalid-output', `Tolkningen gav data som inte följer schemat: ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return { document: hasFatal(file) ? null : document, file };
}

function reportNormalisation(file: VFile, source: readonly SourceLine[]): void {
  for (const line of source) {
    if (line.htmlTags.length > 0) {
      report(file, 'info', 'html-tag', `HTML-taggar reducerades till text: ${line.htmlTags.slice(0, 3).join(' ')}${line.htmlTags.length > 3 ? ' …' : ''}`, line.line, 1);
    }
    if (line.controlsRemoved > 0) {
      report(file, 'warning', 'invisible-characters', `${line.controlsRemoved} osynliga styrtecken (nollbreddstecken eller riktningsmarkeringar) togs bort.`, line.line, 1);
    }
  }
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start + 1 }, (_, index) => start + index);
}
