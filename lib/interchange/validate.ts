import { KeySet } from "./key-set";
import type { TopLevelEntry } from "./read";
import {
  interchangeSkeleton,
  issueLines,
  SECTIONS,
  sectionSchemas,
  type InterchangeFile,
  type Section,
  type SectionRow,
} from "./schema";

/** The file has errors: the transaction is rolled back and they are reported. */
export class InvalidFile extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join("\n"));
  }
}

export type ValidationResult = { ok: true; file: InterchangeFile } | { ok: false; errors: string[] };

/** Everything the file refers to that is already in the database. */
export type KnownCodes = { organizations: Set<string>; categories: Set<string> };

/** The natural key of a row inside the file (null: the row has none to clash on), and the field it is reported on. */
const NATURAL_KEYS: { [S in Section]: { field: string; key: (row: SectionRow<S>) => string | null } } = {
  organizations: { field: "code", key: (o) => o.code },
  categories: { field: "code", key: (c) => c.code },
  items: { field: "indexNo", key: (i) => (i.indexNo ? `${i.org}\u0000${i.indexNo}` : null) },
  requests: { field: "number", key: (r) => `${r.org}\u0000${r.number}` },
  appeals: { field: "number", key: (a) => `${a.org}\u0000${a.number}` },
  statistics: { field: "code", key: (s) => `${s.org}\u0000${s.year}\u0000${s.code}` },
};

type Reference = { section: Section; index: number; code: string };
type Suspect = { section: Section; index: number; key: string };

/**
 * Validates an interchange file one element at a time, so a file of any size can be checked while it is
 * streamed: the shape of every element (zod), duplicate natural keys inside the file, and references to
 * organisations and categories that exist neither in the file (anywhere in it) nor in the database. Every
 * problem is reported with its JSON path. Natural keys are remembered only as hashes (16 bytes a row); a row
 * whose key may repeat an earlier one is confirmed, and the earlier row found, by feeding the rows again to
 * replay() — needed only when the file has a duplicate.
 */
export class InterchangeValidator {
  private readonly skeleton: Record<string, unknown> = {};
  private readonly shapeErrors: string[] = [];
  private readonly keys = Object.fromEntries(SECTIONS.map((s) => [s, new KeySet()])) as Record<Section, KeySet>;
  private readonly suspects: Suspect[] = [];
  /** For each suspected key ("section key"), the index of its first row, found by replay(). */
  private firstRows: Map<string, number | undefined> | null = null;
  private readonly organizations: Set<string>;
  private readonly categories: Set<string>;
  /** References not yet resolvable when met: the organisation or category may still come later in the file. */
  private readonly unresolvedOrgs: Reference[] = [];
  private readonly unresolvedCategories: Reference[] = [];
  private readonly unresolvedParents: Reference[] = [];
  /** Items without 索引号: they are written after all the others (see importInterchange). */
  itemsWithoutIndexNo = 0;

  constructor(known: KnownCodes) {
    this.organizations = new Set(known.organizations);
    this.categories = new Set(known.categories);
  }

  /** Already invalid, whatever comes next (an element's shape or a duplicate; references can still resolve). */
  get failed(): boolean {
    return this.shapeErrors.length > 0 || this.suspects.length > 0;
  }

  /** Some natural keys may repeat: feed every row again to replay(), in file order, before finish(). */
  get needsReplay(): boolean {
    return this.shapeErrors.length === 0 && this.suspects.length > 0;
  }

  /** A row of the file seen again, to find the first row of each suspected key. */
  replay(section: Section, index: number, row: SectionRow<Section>) {
    this.firstRows ??= new Map(this.suspects.map((s) => [`${s.section} ${s.key}`, undefined]));
    const key = (NATURAL_KEYS[section] as { key: (row: SectionRow<Section>) => string | null }).key(row);
    const name = `${section} ${key}`;
    if (key !== null && this.firstRows.has(name) && this.firstRows.get(name) === undefined) this.firstRows.set(name, index);
  }

  /** Takes one entry of the file; returns the parsed row of a valid section element. */
  entry(entry: TopLevelEntry): SectionRow<Section> | undefined {
    if (entry.kind === "value") this.skeleton[entry.key] = entry.value;
    else if (entry.kind === "array") this.skeleton[entry.key] = [];
    else if ((SECTIONS as string[]).includes(entry.key)) return this.element(entry.key as Section, entry.index, entry.value);
    return undefined;
  }

  private element(section: Section, index: number, value: unknown): SectionRow<Section> | undefined {
    const parsed = sectionSchemas[section].safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) this.shapeErrors.push(...issueLines(issue, [section, index]));
      return undefined;
    }
    const row = parsed.data;
    const natural = NATURAL_KEYS[section] as { field: string; key: (row: SectionRow<Section>) => string | null };
    const key = natural.key(row);
    if (key !== null && this.keys[section].add(key)) this.suspects.push({ section, index, key });
    if (section === "organizations") {
      const org = row as SectionRow<"organizations">;
      this.organizations.add(org.code);
      if (org.parent) this.unresolvedParents.push({ section, index, code: org.parent });
    }
    else if (section === "categories") this.categories.add((row as SectionRow<"categories">).code);
    else {
      const org = (row as { org: string }).org;
      if (!this.organizations.has(org)) this.unresolvedOrgs.push({ section, index, code: org });
      if (section === "items") {
        const item = row as SectionRow<"items">;
        if (!this.categories.has(item.category)) this.unresolvedCategories.push({ section, index, code: item.category });
        if (!item.indexNo) this.itemsWithoutIndexNo++;
      }
    }
    return row;
  }

  /** Every problem found, in the order: file shape, element shapes; else duplicates, then unknown references. */
  finish(): string[] {
    const skeleton = interchangeSkeleton.safeParse(this.skeleton);
    const shape = [
      ...(skeleton.success ? [] : skeleton.error.issues.flatMap((issue) => issueLines(issue))),
      ...this.shapeErrors,
    ];
    if (shape.length) return shape;
    const order = (a: { section: Section; index: number }, b: { section: Section; index: number }) =>
      SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) || a.index - b.index;
    if (this.suspects.length && !this.firstRows) throw new Error("InterchangeValidator: replay() the rows before finish()");
    const duplicates = this.suspects.flatMap((s) => {
      const first = this.firstRows!.get(`${s.section} ${s.key}`);
      return first !== undefined && first < s.index ? [s] : [];
    });
    return [
      ...duplicates
        .sort(order)
        .map((s) => `${s.section}[${s.index}].${NATURAL_KEYS[s.section].field}: 与 ${s.section}[${this.firstRows!.get(`${s.section} ${s.key}`)}] 重复`),
      ...this.unresolvedOrgs
        .filter((ref) => !this.organizations.has(ref.code))
        .sort(order)
        .map((ref) => `${ref.section}[${ref.index}].org: 未知机构 unknown organization "${ref.code}"`),
      ...this.unresolvedParents
        .filter((ref) => !this.organizations.has(ref.code))
        .map((ref) => `${ref.section}[${ref.index}].parent: 未知上级机构 unknown organization "${ref.code}"`),
      ...this.unresolvedCategories
        .filter((ref) => !this.categories.has(ref.code))
        .sort(order)
        .map((ref) => `${ref.section}[${ref.index}].category: 未知主题分类 unknown category "${ref.code}"`),
    ];
  }
}

/** Validates a whole interchange file already in memory (the seed, tests); files on disk are streamed instead. */
export function validateInterchange(raw: unknown, known: KnownCodes): ValidationResult {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    const parsed = interchangeSkeleton.safeParse(raw);
    return { ok: false, errors: parsed.success ? [] : parsed.error.issues.flatMap((issue) => issueLines(issue)) };
  }
  const validator = new InterchangeValidator(known);
  const file: InterchangeFile = { version: 1, organizations: [], categories: [], items: [], requests: [], appeals: [], statistics: [] };
  const record = raw as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (!(SECTIONS as string[]).includes(key) || !Array.isArray(value)) validator.entry({ kind: "value", key, value });
  }
  for (const section of SECTIONS) {
    const rows = record[section];
    if (!Array.isArray(rows)) continue;
    validator.entry({ kind: "array", key: section });
    rows.forEach((value, index) => {
      const row = validator.entry({ kind: "element", key: section, index, value });
      if (row) (file[section] as SectionRow<Section>[]).push(row);
    });
  }
  if (validator.needsReplay) {
    for (const section of SECTIONS) file[section].forEach((row, index) => validator.replay(section, index, row));
  }
  const errors = validator.finish();
  return errors.length ? { ok: false, errors } : { ok: true, file };
}
