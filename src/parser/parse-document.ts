import { VFile } from 'vfile';
import { policyDocumentSchema, type PolicyDocument } from '../schema/policy-document.ts';
import { decodeDocument, sha256Hex } from './decode.ts';
import { documentSlug } from '../taxonomy/identity.ts';
import { hasFatal, report, toDiagnostics } from './diagnostics.ts';
import type { SourceFacts } from './metadata/extract-metadata.ts';
import { runStages } from './processor.ts';

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

  file.value = decoded.text;
  file.data.sourceFacts = options.facts ?? {};
  runStages(file);
  const { sourceLines = [], removed = [], sections = [], metadata: meta, responsibilities = [] } = file.data;
  removed.sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine);
  if (!meta) throw new Error('The metadata stage did not run.');

  const document: PolicyDocument = {
    id: documentSlug(meta.municipality?.name ?? meta.title),
    municipality: meta.municipality?.name ?? null,
    issuer: meta.issuer,
    municipalityCode: meta.municipality?.code ?? null,
    county: meta.municipality?.county ?? null,
    title: meta.title,
    documentType: meta.documentType,
    adopted: meta.adopted,
    source: { file: options.path, sha256: await sha256Hex(bytes), encoding: decoded.encoding, lineCount: sourceLines.length },
    metadata: meta.metadata,
    sections,
    responsibilities,
    removed,
    diagnostics: [],
  };
  document.diagnostics = toDiagnostics(file);
  const checked = policyDocumentSchema.safeParse(document);
  if (!checked.success) {
    report(
      file,
      'fatal',
      'invalid-output',
      `Tolkningen gav data som inte följer schemat: ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  return { document: hasFatal(file) ? null : document, file };
}
