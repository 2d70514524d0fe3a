import { beforeAll, describe, expect, test } from 'vitest';
import { actorRoleMatrices } from '../../src/features/ansvar/actor-role-matrix.ts';
import { ACTOR_SHORT_LABELS, actorPath, actorSlug, compareActors } from '../../src/features/ansvar/actors.ts';
import { lowerFirst } from '../../src/lib/swedish.ts';
import { documentColumns } from '../../src/lib/document-columns.ts';
import { compareByActor, compareByKind } from '../../src/features/ansvar/comparison.ts';
import { contrastRatio } from '../../src/charts/contrast.ts';
import { DUTY_KIND_ORDER, DUTY_KIND_SLUGS, cellAnchor, dutyKindBySlug, dutyKindPath } from '../../src/features/ansvar/duty-kinds.ts';
import { dutyMatrix, type DutyMatrix } from '../../src/features/ansvar/duty-matrix.ts';
import { ansvarEntries, statementsOf } from '../../src/features/ansvar/entries.ts';
import { actorFinding, actorRoleFinding, dutyMatrixFinding, kindFinding } from '../../src/features/ansvar/chart-findings.ts';
import { CHART_BACKGROUND, ROLE_COLOURS } from '../../src/charts/role-colours.ts';
import type { PolicyDocument, Responsibility, Section } from '../../src/schema/policy-document.ts';
import { ACTOR_IDS, type ActorId } from '../../src/taxonomy/actors.ts';
import { classifyDuty, type DutyKindKey } from '../../src/taxonomy/duties.ts';
import { ROLE_KEYS, type RoleKey } from '../../src/taxonomy/roles.ts';
import { SEEDS, parseSeed, type SeedName } from '../support/parse.ts';

/** The five real documents, in Swedish order of municipality (as `getDocuments()` gives them). */
async function seeds(): Promise<PolicyDocument[]> {
  const collator = new Intl.Collator('sv');
  const documents = await Promise.all((Object.keys(SEEDS) as SeedName[]).map((name) => parseSeed(name)));
  return documents.sort((a, b) => collator.compare(a.municipality ?? '', b.municipality ?? ''));
}

/** A made-up document: one section per entry of `sections`, each with its responsibilities. */
function fakeDocument(
  id: string,
  sections: readonly { id: string; part?: Section['part']; responsibilities: readonly [ActorId, RoleKey, string][] }[],
  municipality: string | null = id,
): PolicyDocument {
  const built: Section[] = sections.map((section, index) => ({
    id: section.id,
    heading: `Avsnitt ${index + 1}`,
    number: null,
    level: 1,
    path: [],
    category: 'responsibility',
    categoryBasis: 'heading',
    part: section.part ?? 'document',
    fromHeader: false,
    text: section.responsibilities.map(([, , duty]) => duty).join(' '),
    blocks: [],
    source: { startLine: index * 10 + 1, endLine: index * 10 + 9 },
  }));
  const responsibilities: Responsibility[] = sections.flatMap((section, index) =>
    section.responsibilities.map(([actor, role, duty], line) => ({
      actor: { id: actor, label: actor },
      actorText: actor,
      duty,
      clause: duty,
      role,
      kind: classifyDuty(duty, role),
      sectionId: section.id,
      line: index * 10 + line + 1,
    })),
  );
  return {
    id,
    municipality,
    issuer: { kind: 'unknown', name: null },
    municipalityCode: null,
    county: null,
    title: `Riktlinjer för ${id}`,
    documentType: null,
    adopted: { date: null, by: null, text: null },
    source: { file: `${id}.txt`, sha256: '0'.repeat(64), encoding: 'utf-8', lineCount: 99 },
    metadata: { referenceNumbers: [], replaces: null, scope: null, owner: null, validUntil: null, fields: [], sourceUrl: null, retrieved: null, origin: null },
    sections: built,
    responsibilities,
    removed: [],
    diagnostics: [],
  };
}

/** `actor:role+role` of each actor in the cell of `kind` for `documentId`. */
function cell(matrix: DutyMatrix, kind: DutyKindKey, documentId: string): string[] {
  const row = matrix.rows.findIndex((candidate) => candidate.kind === kind);
  const column = matrix.columns.findIndex((candidate) => candidate.id === documentId);
  return (matrix.cells[row]?.[column]?.actors ?? []).map((actor) => `${actor.actorId}:${actor.roles.join('+')}`);
}

let documents: PolicyDocument[];
let matrix: DutyMatrix;
beforeAll(async () => {
  documents = await seeds();
  matrix = dutyMatrix(documents);
});

describe('Vem gör vad: the five real documents', () => {
  test('columns are the documents in Swedish order, rows every kind of duty with `other` last', () => {
    expect(matrix.columns.map((column) => column.label)).toEqual(['Eksjö', 'Eskilstuna', 'Hylte', 'Järfälla', 'Tyresö']);
    expect(matrix.rows.map((row) => row.kind)).toEqual([...DUTY_KIND_ORDER]);
    expect(matrix.rows.at(-1)?.kind).toBe('other');
    expect(matrix.cells).toHaveLength(DUTY_KIND_ORDER.length);
    for (const row of matrix.cells) expect(row).toHaveLength(5);
  });

  test('twin towns are decided by kommunfullmäktige in Hylte and Järfälla, by kommunstyrelsen in Tyresö', () => {
    expect(cell(matrix, 'twin-towns', 'hylte')).toEqual(['kf:decides']);
    expect(cell(matrix, 'twin-towns', 'jarfalla')).toEqual(['kf:decides']);
    expect(cell(matrix, 'twin-towns', 'tyreso')).toEqual(['ks:decides']);
    expect(cell(matrix, 'twin-towns', 'eksjo')).toEqual([]);
  });

  test('the Hylte twin-town cell quotes its sentence verbatim, with a link to its section', () => {
    const row = matrix.rows.findIndex((candidate) => candidate.kind === 'twin-towns');
    const hylte = matrix.cells[row]?.[2];
    expect(hylte?.anchor).toBe('kalla-vanorter-hylte');
    expect(hylte?.statements).toEqual([
      expect.objectContaining({
        duty: 'Kommunfullmäktige beslutar om policy och riktlinjer för det internationella arbetet samt om vänortsförbindelser.',
        href: '/dokument/hylte/#ansvar',
        holders: [{ actorId: 'kf', role: 'decides' }],
      }),
    ]);
  });

  test('memberships of networks are decided by kommunstyrelsen in Eksjö and Tyresö', () => {
    expect(cell(matrix, 'memberships', 'eksjo')).toEqual(['ks:decides']);
    expect(cell(matrix, 'memberships', 'tyreso')).toEqual(['ks:decides']);
    const row = matrix.rows.findIndex((candidate) => candidate.kind === 'memberships');
    expect(matrix.cells[row]?.[0]?.statements.map((statement) => statement.duty)).toEqual([
      'Kommunstyrelsen beslutar om medlemskap i internationella nätverk och organisationer.',
    ]);
  });

  test('project applications: kommunstyrelsen approves in Tyresö, the sector decides on grants in Eksjö', () => {
    expect(cell(matrix, 'project-approval', 'tyreso')).toEqual(['ks:decides']);
    expect(cell(matrix, 'project-approval', 'eksjo')).toEqual(['forvaltning:decides']);
  });

  test('a sentence that names three actors is one statement with three holders', () => {
    const row = matrix.rows.findIndex((candidate) => candidate.kind === 'follow-up');
    const statements = matrix.cells[row]?.[2]?.statements ?? [];
    expect(statements).toEqual([
      expect.objectContaining({
        duty: 'Internationella aktiviteter följs kontinuerligt upp av styrelsen, nämnderna och bostadsstiftelsen.',
        holders: [
          { actorId: 'ks', role: 'follows-up' },
          { actorId: 'namnd', role: 'follows-up' },
          { actorId: 'stiftelse', role: 'follows-up' },
        ],
      }),
    ]);
  });

  test('every responsibility of a document’s own sections is in exactly one cell, none from a cover letter', () => {
    for (const document of documents) {
      const own = document.responsibilities.filter(
        (responsibility) => document.sections.find((section) => section.id === responsibility.sectionId)?.part === 'document',
      );
      expect(matrix.counts[document.id]).toBe(own.length);
      const column = matrix.columns.findIndex((candidate) => candidate.id === document.id);
      const inCells = matrix.cells.reduce(
        (sum, row) => sum + (row[column]?.statements.reduce((count, statement) => count + statement.holders.length, 0) ?? 0),
        0,
      );
      expect(inCells).toBe(own.length);
    }
  });

  test('each cell’s actors run from fullmäktige downwards', () => {
    for (const entry of matrix.cells.flat()) {
      const ids = entry.actors.map((actor) => actor.actorId);
      expect(ids).toEqual([...ids].sort(compareActors));
    }
  });
});

describe('entries and statements', () => {
  test('responsibilities from a cover letter do not count', () => {
    const document = fakeDocument('test', [
      { id: 'skrivelse', part: 'cover-letter', responsibilities: [['klk', 'supports', 'Kommunledningskontoret föreslår att kommunen först beslutar om mål.']] },
      { id: 'ansvar', responsibilities: [['kf', 'decides', 'Kommunfullmäktige beslutar om vänorter.']] },
    ]);
    expect(ansvarEntries(document).map((entry) => `${entry.actorId}:${entry.kind}`)).toEqual(['kf:twin-towns']);
    expect(dutyMatrix([document]).counts).toEqual({ test: 1 });
  });

  test('an entry carries its kind, section name and permalink', () => {
    const document = fakeDocument('test', [{ id: 'ansvar', responsibilities: [['ks', 'decides', 'Kommunstyrelsen beslutar om medlemskap i nätverk.']] }]);
    expect(ansvarEntries(document)).toEqual([
      {
        documentId: 'test',
        actorId: 'ks',
        role: 'decides',
        kind: 'memberships',
        duty: 'Kommunstyrelsen beslutar om medlemskap i nätverk.',
        sectionId: 'ansvar',
        sectionName: 'Avsnitt 1',
        href: '/dokument/test/#ansvar',
        line: 1,
      },
    ]);
  });

  test('an actor the taxonomy does not know is left out rather than mislabelled', () => {
    const document = fakeDocument('test', [{ id: 'ansvar', responsibilities: [['ks', 'decides', 'Kommunstyrelsen beslutar.']] }]);
    const unknown = { ...document, responsibilities: [{ ...document.responsibilities[0]!, actor: { id: 'okand', label: 'Okänd' } }] };
    expect(ansvarEntries(unknown)).toEqual([]);
  });

  test('statements group one sentence’s actors; the same actor and role twice counts once', () => {
    const document = fakeDocument('test', [
      {
        id: 'ansvar',
        responsibilities: [
          ['namnd', 'carries-out', 'Nämnderna och KF gör det.'],
          ['kf', 'carries-out', 'Nämnderna och KF gör det.'],
        ],
      },
    ]);
    const entries = ansvarEntries(document).map((entry) => ({ ...entry, line: 1 }));
    const statements = statementsOf([...entries, entries[0]!]);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.holders).toEqual([
      { actorId: 'kf', role: 'carries-out' },
      { actorId: 'namnd', role: 'carries-out' },
    ]);
  });
});

describe('actors, kinds and colours', () => {
  test('actors run from fullmäktige downwards by level', () => {
    const ids: ActorId[] = ['externa', 'forvaltning', 'kf_presidium', 'ks', 'bolag', 'kf', 'ks_au', 'klk'];
    expect(ids.sort(compareActors)).toEqual(['kf', 'ks', 'kf_presidium', 'ks_au', 'forvaltning', 'klk', 'bolag', 'externa']);
  });

  test('every actor has a distinct short label and a Swedish URL slug', () => {
    expect(Object.keys(ACTOR_SHORT_LABELS).sort()).toEqual([...ACTOR_IDS].sort());
    expect(new Set(Object.values(ACTOR_SHORT_LABELS)).size).toBe(ACTOR_IDS.length);
    expect(actorSlug('ks_au')).toBe('kommunstyrelsens-arbetsutskott');
    expect(actorPath('kf')).toBe('/ansvar/aktor/kommunfullmaktige/');
    expect(new Set(ACTOR_IDS.map(actorSlug)).size).toBe(ACTOR_IDS.length);
  });

  test('every kind of duty has a distinct ascii slug that leads back to it', () => {
    expect(new Set(Object.values(DUTY_KIND_SLUGS)).size).toBe(DUTY_KIND_ORDER.length);
    for (const kind of DUTY_KIND_ORDER) {
      expect(DUTY_KIND_SLUGS[kind]).toMatch(/^[a-z]+$/u);
      expect(dutyKindBySlug(DUTY_KIND_SLUGS[kind])).toBe(kind);
    }
    expect(dutyKindPath('twin-towns')).toBe('/ansvar/vanorter/');
    expect(cellAnchor('memberships', 'eksjo')).toBe('kalla-medlemskap-eksjo');
    expect(dutyKindBySlug('aktor')).toBeUndefined();
  });

  test('every role colour meets 3:1 against the page, and its letter 4.5:1 against the fill', () => {
    for (const role of ROLE_KEYS) {
      const colour = ROLE_COLOURS[role];
      const edge = colour.fill === CHART_BACKGROUND ? colour.stroke : colour.fill;
      expect(contrastRatio(edge, CHART_BACKGROUND), role).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour.text, colour.fill), role).toBeGreaterThanOrEqual(4.5);
    }
    expect(new Set(ROLE_KEYS.map((role) => ROLE_COLOURS[role].fill)).size).toBe(ROLE_KEYS.length);
  });

  test('contrast ratios are WCAG’s', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(() => contrastRatio('red', '#fff')).toThrow('Not a #rrggbb colour');
  });

  test('lowerFirst lowers a label, not an abbreviation', () => {
    expect(lowerFirst('Kommunstyrelsen')).toBe('kommunstyrelsen');
    expect(lowerFirst('EU-samarbete')).toBe('EU-samarbete');
    expect(lowerFirst('KS')).toBe('KS');
  });

  test('documents of one municipality are told apart as the comparison tells them: by year, else by title, else by id', () => {
    const dated = (id: string, date: string | null) => ({ ...fakeDocument(id, [], 'Hylte'), adopted: { date, by: null, text: null } });
    expect(
      documentColumns([dated('hylte-2014', '2014-05-01'), dated('hylte-2020', '2020-01-01'), fakeDocument('x', [], null)]).map((column) => column.label),
    ).toEqual(['Hylte 2014', 'Hylte 2020', 'Okänd kommun']);
    expect(documentColumns([dated('hylte-a', '2014-05-01'), dated('hylte-b', '2014-09-01')]).map((column) => column.label)).toEqual([
      'Hylte: Riktlinjer för hylte-a',
      'Hylte: Riktlinjer för hylte-b',
    ]);
    const same = { ...dated('hylte-c', null), title: 'Riktlinjer' };
    expect(documentColumns([same, { ...same, id: 'hylte-d' }]).map((column) => column.label)).toEqual(['Hylte (hylte-c)', 'Hylte (hylte-d)']);
  });
});

describe('across municipalities', () => {
  test('for twin towns: the actors that hold it anywhere, and each document’s roles', () => {
    const comparison = compareByKind(documents, 'twin-towns');
    expect(comparison.columns.map((column) => column.id)).toEqual(['kf', 'ks']);
    expect(comparison.columns[0]?.href).toBe('/ansvar/aktor/kommunfullmaktige/');
    expect(comparison.rows.map((row) => `${row.document.id}:${row.cells.map((roles) => roles.join('+') || '-').join(',')}`)).toEqual([
      'eksjo:-,-',
      'eskilstuna:carries-out,-',
      'hylte:decides,-',
      'jarfalla:decides,-',
      'tyreso:-,decides',
    ]);
    expect(comparison.rows[2]?.anchor).toBe('kalla-hylte');
  });

  test('for kommunstyrelsen: every kind of duty as a column', () => {
    const comparison = compareByActor(documents, 'ks');
    expect(comparison.columns.map((column) => column.id)).toEqual([...DUTY_KIND_ORDER]);
    const tyreso = comparison.rows.find((row) => row.document.id === 'tyreso');
    expect(tyreso?.cells[DUTY_KIND_ORDER.indexOf('twin-towns')]).toEqual(['decides']);
    expect(tyreso?.cells[DUTY_KIND_ORDER.indexOf('memberships')]).toEqual(['decides']);
    expect(tyreso?.cells[DUTY_KIND_ORDER.indexOf('coordination')]).toEqual(['leads']);
  });
});

describe('findings', () => {
  test('who decides on twin towns, in one sentence per role', () => {
    expect(kindFinding(compareByKind(documents, 'twin-towns'), 'twin-towns')).toBe(
      'Beslutar: kommunfullmäktige i Hylte och Järfälla; kommunstyrelsen i Tyresö. Genomför: kommunfullmäktige i Eskilstuna. Anger ingen aktör: Eksjö.',
    );
    expect(kindFinding(compareByKind(documents, 'memberships'), 'memberships')).toBe(
      'Beslutar: kommunstyrelsen i Eksjö och Tyresö. Anger ingen aktör: Eskilstuna, Hylte och Järfälla.',
    );
  });

  test('a kind no document assigns says so', () => {
    const document = fakeDocument('test', [{ id: 'ansvar', responsibilities: [['ks', 'decides', 'Kommunstyrelsen beslutar om vänorter.']] }]);
    expect(kindFinding(compareByKind([document], 'memberships'), 'memberships')).toBe('Inget av dokumenten anger någon för ”Medlemskap i nätverk”.');
  });

  test('the Vem-gör-vad finding names the most present actor and the least assigned kinds', () => {
    const a = fakeDocument(
      'a',
      [
        {
          id: 's',
          responsibilities: [
            ['ks', 'decides', 'Kommunstyrelsen beslutar om vänorter.'],
            ['kf', 'decides', 'Kommunfullmäktige antar policyn.'],
          ],
        },
      ],
      'A',
    );
    const b = fakeDocument('b', [{ id: 's', responsibilities: [['ks', 'leads', 'Kommunstyrelsen samordnar arbetet.']] }], 'B');
    expect(dutyMatrixFinding(dutyMatrix([a, b]))).toBe(
      'Kommunstyrelsen har uppgifter i alla 2 dokumenten och finns i flest rutor (2). Av de uppgifter ett styrdokument bör fördela anges någon aktör minst ofta för ”Medlemskap i nätverk”, ”Projekt och extern finansiering”, ”Godkänner projekt”, ”Omvärldsbevakning”, ”Företräder kommunen” och ”Uppföljning och redovisning” (0 av 2).',
    );
    expect(dutyMatrixFinding(dutyMatrix([]))).toBe('Det finns inga dokument att jämföra.');
    expect(dutyMatrixFinding(dutyMatrix([fakeDocument('c', [])]))).toBe('Inget av dokumenten anger vem som gör vad.');
  });

  test('the Vem-gör-vad finding of the five documents', () => {
    expect(dutyMatrixFinding(matrix)).toMatch(
      /^Kommunstyrelsen har uppgifter i alla 5 dokumenten och finns i flest rutor \(\d+\)\. Av de uppgifter ett styrdokument bör fördela anges någon aktör minst ofta för .+ \(\d av 5\)\.$/u,
    );
  });

  test('one actor across municipalities, and one document’s spread over its actors', () => {
    expect(actorFinding(compareByActor(documents, 'ks'), 'ks')).toMatch(
      /^Kommunstyrelsen har uppgifter i alla 5 dokumenten\. Vanligast: .+ \(i \d av 5 dokument\)\.$/u,
    );
    expect(actorFinding(compareByActor(documents, 'revision'), 'revision')).toBe('Revisorerna har inga uppgifter i dokumenten.');
    const document = fakeDocument(
      'tyreso',
      [
        {
          id: 's',
          responsibilities: [
            ['klk', 'supports', 'Bereda ärenden.'],
            ['klk', 'supports', 'Stödja förvaltningarna.'],
            ['ks', 'decides', 'Kommunstyrelsen beslutar.'],
          ],
        },
      ],
      'Tyresö',
    );
    expect(actorRoleFinding(actorRoleMatrices([document])[0]!)).toBe(
      'Tyresö: 3 uppgifter fördelade på 2 aktörer. Flest har kommunledningskontoret (2), oftast i rollen stödjer och bereder (2).',
    );
    expect(actorRoleFinding(actorRoleMatrices([fakeDocument('x', [], 'X')])[0]!)).toBe('X: dokumentet anger inte vem som gör vad.');
  });
});

describe('per municipality', () => {
  test('an actor × role matrix per document, actors from fullmäktige downwards, counts per role', () => {
    const matrices = actorRoleMatrices(documents);
    expect(matrices.map((entry) => entry.document.id)).toEqual(['eksjo', 'eskilstuna', 'hylte', 'jarfalla', 'tyreso']);
    const jarfalla = matrices[3]!;
    expect(jarfalla.roles).toEqual([...ROLE_KEYS]);
    expect(jarfalla.rows.map((row) => row.actorId)).toEqual(['kf', 'ks', 'kf_presidium', 'namnd', 'bolag']);
    const kf = jarfalla.rows[0]!;
    expect(kf.counts[ROLE_KEYS.indexOf('decides')]).toBe(3);
    expect(kf.total).toBe(kf.counts.reduce((sum, count) => sum + count, 0));
    for (const entry of matrices) expect(entry.rows.reduce((sum, row) => sum + row.total, 0)).toBe(entry.total);
  });
});
