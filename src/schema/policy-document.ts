/**
 * The public shape of one parsed steering document: what `/data/documents.json` and
 * `npm run parse` publish, and what Astro's content layer validates. One schema per concept;
 * the TypeScript types are derived from the schemas, never written twice.
 */
import { z } from 'astro/zod';
import { CATEGORY_KEYS } from '../taxonomy/categories.ts';
import { DUTY_KIND_KEYS } from '../taxonomy/duties.ts';
import { ROLE_KEYS } from '../taxonomy/roles.ts';
import { DOCUMENT_TYPE_KEYS } from '../taxonomy/document-types.ts';

/** A run of inline text, with the emphasis the source gave it (Markdown `*…*`, `**…**`). */
export const phraseSchema = z.object({
  text: z.string(),
  emphasis: z.boolean().optional(),
  strong: z.boolean().optional(),
});

/** Source lines, 1-based and inclusive, in the file as it was received. */
export const lineRangeSchema = z.object({
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
});

export const listItemSchema = lineRangeSchema.extend({
  phrases: z.array(phraseSchema),
});

/** A paragraph or a list, as the document has it. */
export const blockSchema = z.discriminatedUnion('type', [
  lineRangeSchema.extend({ type: z.literal('paragraph'), phrases: z.array(phraseSchema) }),
  lineRangeSchema.extend({
    type: z.literal('list'),
    ordered: z.boolean(),
    /** The number of an ordered list's first item, as the source numbered it. */
    start: z.number().int().nonnegative().optional(),
    items: z.array(listItemSchema).min(1),
  }),
]);

export const categorySchema = z.enum(CATEGORY_KEYS);

export const sectionSchema = z.object({
  /** Stable within the document; used as the permalink anchor. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The heading as the document wrote it, without numbering marks such as `#`; `null` for text before any heading. */
  heading: z.string().nullable(),
  /** The document's own number for the heading (`2.1`), if it had one. */
  number: z.string().nullable(),
  /** 1 for top-level sections, 2 for their subsections, … */
  level: z.number().int().min(1).max(6),
  /** Headings of the enclosing sections, outermost first. */
  path: z.array(z.string()),
  category: categorySchema,
  /**
   * What the category was decided from: the heading, the text (`content`, a guess), a lead-in that
   * says what its list is (`lead-in`: `Målen för arbetet är:`), a header field, or the section's
   * place (`position`: inherited from the enclosing section, or a document's opening text).
   */
  categoryBasis: z.enum(['heading', 'content', 'lead-in', 'header-field', 'position']),
  /** Which part of the file the section belongs to: the steering document itself or a cover letter before it. */
  part: z.enum(['document', 'cover-letter']),
  /** True for sections built from a header field (Eskilstuna's `Uppföljning: …`). */
  fromHeader: z.boolean(),
  /** The section's plain text, whitespace-normalised. */
  text: z.string(),
  blocks: z.array(blockSchema),
  source: lineRangeSchema,
});

export const actorRefSchema = z.object({ id: z.string(), label: z.string() });

export const responsibilitySchema = z.object({
  actor: actorRefSchema,
  /** The actor as the sentence names it (`Styrelsen`, `nämnderna`). */
  actorText: z.string(),
  /** The statement, verbatim from the source: the whole sentence, as it is cited. */
  duty: z.string(),
  /**
   * The part of the sentence this responsibility is about, verbatim (`samordnar kommunens
   * internationella arbete`), where one sentence gives an actor several duties; else the sentence.
   */
  clause: z.string(),
  role: z.enum(ROLE_KEYS),
  /**
   * What the duty is about (twin towns, memberships, coordination, …; see `DUTY_KINDS`), decided
   * by the parser from the clause and the role.
   */
  kind: z.enum(DUTY_KIND_KEYS),
  sectionId: z.string(),
  line: z.number().int().positive(),
});

export const removalSchema = lineRangeSchema.extend({
  /** A Swedish sentence a reader understands: why this was taken out. */
  reason: z.string(),
  /** The rule that took it out (stable, for filtering and tests). */
  ruleId: z.string(),
  /** Exactly what was taken out, so nothing is lost without a trace. */
  text: z.string(),
});

export const diagnosticSchema = z.object({
  severity: z.enum(['fatal', 'warning', 'info']),
  message: z.string(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
  ruleId: z.string(),
});

export const headerFieldSchema = z.object({
  label: z.string(),
  value: z.string(),
  line: z.number().int().positive(),
});

export const metadataSchema = z.object({
  /** Diarienummer, paragraph references and other reference numbers, as written. */
  referenceNumbers: z.array(z.string()),
  replaces: z.string().nullable(),
  scope: z.string().nullable(),
  owner: z.string().nullable(),
  validUntil: z.string().nullable(),
  /** Every header field found, label and value as written. */
  fields: z.array(headerFieldSchema),
  /** Where the document was found, from `content/sources.json`. */
  sourceUrl: z.string().nullable(),
  retrieved: z.string().nullable(),
  /** How the file reached the project, in Swedish (from `content/sources.json`). */
  origin: z.string().nullable(),
});

export const policyDocumentSchema = z.object({
  /** The URL slug: the ascii-folded municipality, with the year or a title word when a municipality has several. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  municipality: z.string().nullable(),
  /**
   * Who issued the document: a municipality (`municipality` then names it), a region or county
   * council (`Region X`, `Xs läns landsting`; never filed under a municipality), or
   * `unknown` when the text names neither.
   */
  issuer: z.object({ kind: z.enum(['municipality', 'region', 'unknown']), name: z.string().nullable() }),
  municipalityCode: z
    .string()
    .regex(/^\d{4}$/)
    .nullable(),
  county: z.string().nullable(),
  title: z.string(),
  documentType: z.enum(DOCUMENT_TYPE_KEYS).nullable(),
  adopted: z.object({
    date: z.iso.date().nullable(),
    by: z.string().nullable(),
    /** The adoption as written (`Antagen av kommunfullmäktige 2020-03-19, § 58`). */
    text: z.string().nullable(),
  }),
  source: z.object({
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    encoding: z.string(),
    lineCount: z.number().int().nonnegative(),
  }),
  metadata: metadataSchema,
  sections: z.array(sectionSchema),
  responsibilities: z.array(responsibilitySchema),
  removed: z.array(removalSchema),
  diagnostics: z.array(diagnosticSchema),
});

export type Phrase = z.infer<typeof phraseSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Responsibility = z.infer<typeof responsibilitySchema>;
export type Removal = z.infer<typeof removalSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type HeaderField = z.infer<typeof headerFieldSchema>;
export type DocumentMetadata = z.infer<typeof metadataSchema>;
export type PolicyDocument = z.infer<typeof policyDocumentSchema>;
