import fs from "node:fs";
import Database from "better-sqlite3";
import { migrateSqlite } from "@/lib/db-migrate";
import { indexAllPendingPairs } from "@/lib/items/pair-catch-up";
import { formatForYear, MONEY_CELLS, statisticCodes } from "@/lib/report/formats";
import type { Outcome } from "@/lib/requests/codes";
import type { OrgKind } from "@/lib/organizations/codes";
import { CATEGORIES, governmentName, itemBody, itemTitle, MAX_CITIES, orgName, personName, place, requestDescription, type OrgName } from "./phrases";
import { seededRandom, type Random } from "./random";

// The synthetic province: written straight into SQLite with prepared statements in large transactions,
// secondary indexes dropped during the load and rebuilt once at the end (far faster than maintaining
// them row by row). The schema itself comes from the normal migrations, so the database is exactly what
// the application runs on.

export type BenchSize = { organizations: number; items: number; requests: number; appeals: number };

/** The issue's province; every other size keeps its proportions (per item: orgs, requests, appeals). */
export const PROVINCE: BenchSize = { organizations: 3_000, items: 5_000_000, requests: 300_000, appeals: 5_000 };
export const PRESETS = { province: PROVINCE, city: scaledSize(100_000) } as const;
export type PresetName = keyof typeof PRESETS;

export function scaledSize(items: number): BenchSize {
  const share = items / PROVINCE.items;
  return {
    organizations: Math.max(5, Math.round(PROVINCE.organizations * share)),
    items,
    requests: Math.round(PROVINCE.requests * share),
    appeals: Math.round(PROVINCE.appeals * share),
  };
}

/** Ten full years of records; fixed rather than taken from the clock so every run builds the same data. */
export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

export type GeneratedOrg = OrgName & { id: string; code: string; indexPrefix: string; weight: number; kind: OrgKind; parentId: string | null };
export type GenerationResult = { seconds: number; rows: Record<string, number>; orgs: GeneratedOrg[] };

const BATCH = 20_000;

export function generateBenchDatabase(
  file: string,
  size: BenchSize,
  options: { seed?: number; log?: (message: string) => void } = {},
): GenerationResult {
  const log = options.log ?? (() => {});
  const started = performance.now();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  migrateSqlite(`file:${file}`);

  const sqlite = new Database(file);
  // Only for the load: a crash just means generating again.
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");
  sqlite.pragma("temp_store = MEMORY");
  const random = seededRandom(options.seed ?? 20251231);
  const rows: Record<string, number> = {};
  try {
    const orgs = makeOrgs(size.organizations, random);
    withBulkLoad(sqlite, ["Organization", "Category", "Item", "DisclosureRequest", "Appeal", "YearlyStatistic", "IndexSequence"], log, () => {
      rows.organizations = insertOrganizations(sqlite, orgs);
      rows.categories = insertCategories(sqlite);
      rows.items = insertItems(sqlite, orgs, size.items, random, log);
      rows.requests = insertRequests(sqlite, orgs, size.requests, random);
      rows.appeals = insertAppeals(sqlite, orgs, size.appeals, random);
      rows.statistics = insertStatistics(sqlite, orgs, random);
      sqlite.prepare(`INSERT INTO "Setting" ("key", "value") VALUES ('site.name', '安澜省政府信息公开平台')`).run();
    });
    log("索引词对…");
    indexAllPendingPairs(sqlite);
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    return { seconds: (performance.now() - started) / 1000, rows, orgs };
  } finally {
    sqlite.close();
  }
}

/**
 * Drops the tables' secondary indexes and triggers, runs the load, then recreates them and rebuilds every
 * external-content FTS5 index over those tables in one pass. When an FTS5 table is filled only by triggers (its
 * own copy of the text, or contentless like the search indexes), the triggers stay on during the load so the
 * search index stays complete.
 */
function withBulkLoad(sqlite: Database.Database, tables: string[], log: (message: string) => void, load: () => void) {
  const placeholders = tables.map(() => "?").join(", ");
  const fts = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' AND lower(sql) LIKE '%fts5%'`)
    .all() as { name: string; sql: string }[];
  const externalContent = (sql: string) => tables.find((table) => new RegExp(`content\\s*=\\s*['"]?${table}['"]?`, "i").test(sql));
  const rebuildable = fts.filter((table) => externalContent(table.sql));
  const dropTriggers = rebuildable.length === fts.length;
  const saved = sqlite
    .prepare(
      `SELECT type, name, sql FROM sqlite_master
       WHERE tbl_name IN (${placeholders}) AND sql IS NOT NULL AND (type = 'index' OR (type = 'trigger' AND ?))`,
    )
    .all(...tables, dropTriggers ? 1 : 0) as { type: string; name: string; sql: string }[];
  for (const object of saved) sqlite.exec(`DROP ${object.type.toUpperCase()} "${object.name}"`);
  load();
  log(`重建索引 ${saved.filter((o) => o.type === "index").length} 个…`);
  for (const object of saved) sqlite.exec(object.sql);
  for (const table of rebuildable) {
    log(`重建全文索引 ${table.name}…`);
    sqlite.prepare(`INSERT INTO "${table.name}" ("${table.name}") VALUES ('rebuild')`).run();
  }
}

/** Ordered ids (like cuids they grow with time), so the primary key index is appended to, not scattered. */
const id = (prefix: string, n: number) => `${prefix}${n.toString(36).padStart(11, "0")}`;
const pad = (n: number, width: number) => String(n).padStart(width, "0");
const instant = (date: string) => `${date}T01:00:00.000+00:00`;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function dayOfYear(year: number, random: Random): string {
  return addDays(`${year}-01-01`, random.int(0, 364));
}

/**
 * The province's bodies as a tree: the province's government at the root, its cities' governments (12 at the
 * province's size), four counties' governments under each city, then every other body under the government of its
 * level and place — provincial departments under the province, a city's departments under the city, a county's
 * departments and its townships under the county. Smaller sizes have fewer cities (at least one).
 */
export function makeOrgs(count: number, random: Random): GeneratedOrg[] {
  const cities = Math.min(MAX_CITIES, Math.max(1, Math.round(count / 250)));
  const countiesPerCity = count >= 30 ? 4 : 1;
  const orgs: GeneratedOrg[] = [];
  const add = (name: OrgName, kind: OrgKind, parentId: string | null) => {
    const i = orgs.length;
    // Sizes are skewed like a real province: a few bodies publish far more than the median township.
    const base = { province: 6, city: 3, county: 1.2, township: 0.6 }[name.level];
    const weight = base * Math.exp(random.next() * 1.5 - 0.75);
    const org = { ...name, id: id("o", i + 1), code: `org-${pad(i + 1, 5)}`, indexPrefix: pad(113_000_000 + i * 37, 9), weight, kind, parentId };
    orgs.push(org);
    return org;
  };
  const root = add(governmentName("province", place(0, 0)), "provincial_government", null);
  const cityGovs = Array.from({ length: cities }, (_, c) => add(governmentName("city", place(c, 0)), "city_government", root.id));
  const countyGovs = cityGovs.map((city, c) =>
    Array.from({ length: countiesPerCity }, (_, k) => add(governmentName("county", place(c, k)), "county_government", city.id)),
  );
  while (orgs.length < count) {
    const i = orgs.length;
    const c = i % cities;
    const k = Math.floor(i / cities) % countiesPerCity;
    const name = orgName(place(c, k), random);
    const parent = { province: root, city: cityGovs[c], county: countyGovs[c][k], township: countyGovs[c][k] }[name.level];
    add(name, name.level === "township" ? "township" : "department", parent.id);
  }
  return orgs.slice(0, count);
}

function insertOrganizations(sqlite: Database.Database, orgs: GeneratedOrg[]): number {
  const insert = sqlite.prepare(
    `INSERT INTO "Organization" ("id", "code", "name", "kind", "parentId", "indexPrefix", "officeName", "phone", "createdAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  sqlite.transaction(() => {
    orgs.forEach((org, i) =>
      insert.run(org.id, org.code, org.name, org.kind, org.parentId, org.indexPrefix, `${org.name}办公室`, `0591-${pad(83_000_000 + i, 8)}`, instant("2016-01-01")),
    );
  })();
  return orgs.length;
}

function insertCategories(sqlite: Database.Database): number {
  const insert = sqlite.prepare(`INSERT INTO "Category" ("id", "code", "name", "sortOrder") VALUES (?, ?, ?, ?)`);
  sqlite.transaction(() => CATEGORIES.forEach((c, i) => insert.run(id("k", i + 1), c.code, c.name, i + 1)))();
  return CATEGORIES.length;
}

/**
 * Splits `total` over cells in proportion to their weights, exactly: each cell gets the difference of the
 * rounded running sums, so the counts add up to the total with no remainder to place.
 */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  let running = 0;
  let given = 0;
  return weights.map((w) => {
    running += (w / sum) * total;
    const upTo = Math.round(running);
    const count = upTo - given;
    given = upTo;
    return count;
  });
}

/** How many items each organisation has each year; publishing grows over the decade (the last year about twice the first). */
export function itemCells(orgs: GeneratedOrg[], total: number) {
  const cells = YEARS.flatMap((year, y) => orgs.map((org) => ({ year, org, weight: org.weight * (0.7 + (0.7 * y) / (YEARS.length - 1)) })));
  return { cells, counts: apportion(total, cells.map((c) => c.weight)) };
}

const ITEM_COLUMNS = [
  "id", "orgId", "indexNo", "title", "docNo", "categoryId", "genre", "disclosure", "withheldReason", "createdOn",
  "publishedOn", "validity", "abolishedOn", "channels", "body", "status", "withdrawnReason", "createdAt", "updatedAt",
];

function insertItems(sqlite: Database.Database, orgs: GeneratedOrg[], total: number, random: Random, log: (m: string) => void): number {
  const insert = sqlite.prepare(
    `INSERT INTO "Item" (${ITEM_COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${ITEM_COLUMNS.map(() => "?").join(", ")})`,
  );
  const insertSequence = sqlite.prepare(`INSERT INTO "IndexSequence" ("orgId", "year", "last") VALUES (?, ?, ?)`);
  const { cells, counts } = itemCells(orgs, total);
  let n = 0;
  let batch: unknown[][] = [];
  const flush = sqlite.transaction((rows: unknown[][]) => rows.forEach((row) => insert.run(row)));
  cells.forEach(({ year, org }, cell) => {
    const count = counts[cell];
    if (count > 0) insertSequence.run(org.id, year, count);
    for (let serial = 1; serial <= count; serial++) {
      batch.push(itemRow(++n, org, year, serial, random));
      if (batch.length === BATCH) {
        flush(batch);
        batch = [];
        if (n % 500_000 === 0) log(`政府信息 ${n.toLocaleString()} / ${total.toLocaleString()}`);
      }
    }
  });
  flush(batch);
  return n;
}

export type SyntheticItem = {
  indexNo: string;
  title: string;
  docNo: string | null;
  category: number; // index into CATEGORIES
  genre: "regulation" | "normative" | "other";
  disclosure: "proactive" | "on_request" | "withheld";
  status: "published" | "withdrawn" | "draft" | "pending_review";
  createdOn: string;
  publishedOn: string | null;
  abolishedOn: string | null; // only when on or before the last generated year
  channels: string[];
  body: string;
};

/** One document of an organisation and year, with the proportions of a real catalogue. */
export function syntheticItem(org: GeneratedOrg, year: number, serial: number, random: Random): SyntheticItem {
  const { title, topic } = itemTitle(org, year, random);
  const genre = random.weighted({ regulation: 1, normative: 6, other: 93 } as const);
  const disclosure = random.weighted({ proactive: 88, on_request: 8, withheld: 4 } as const);
  const status =
    disclosure === "proactive" ? random.weighted({ published: 95, withdrawn: 1.5, draft: 2, pending_review: 1.5 } as const) : "published";
  const createdOn = dayOfYear(year, random);
  const wasPublished = disclosure === "proactive" && (status === "published" || status === "withdrawn");
  const abolishedOn = genre !== "other" && random.chance(0.15) ? addDays(createdOn, random.int(365, 6 * 365)) : null;
  return {
    indexNo: `${org.indexPrefix}/${year}-${pad(serial, 5)}`,
    title,
    docNo:
      genre !== "other" ? `${org.docPrefix}〔${year}〕${serial}号` : random.chance(0.3) ? `${org.docPrefix}办〔${year}〕${serial}号` : null,
    category: random.int(0, CATEGORIES.length - 1),
    genre,
    disclosure,
    status,
    createdOn,
    publishedOn: wasPublished ? addDays(createdOn, random.int(0, 20)) : null,
    abolishedOn: abolishedOn !== null && abolishedOn <= `${LAST_YEAR}-12-31` ? abolishedOn : null,
    channels: disclosure === "proactive" ? random.pick([["website"], ["website", "archive", "library"], ["website", "wechat"], ["website", "gazette"]]) : [],
    body: itemBody(org, year, topic, random),
  };
}

function itemRow(n: number, org: GeneratedOrg, year: number, serial: number, random: Random): unknown[] {
  const item = syntheticItem(org, year, serial, random);
  return [
    id("i", n),
    org.id,
    item.indexNo,
    item.title,
    item.docNo,
    id("k", item.category + 1),
    item.genre,
    item.disclosure,
    item.disclosure === "withheld" ? "属于内部事务信息" : null,
    item.createdOn,
    item.publishedOn,
    item.abolishedOn ? "abolished" : "valid",
    item.abolishedOn,
    item.channels.join(","),
    item.body,
    item.status,
    item.status === "withdrawn" ? "内容已更新，以新版本为准" : null,
    instant(item.createdOn),
    instant(item.publishedOn ?? item.createdOn),
  ];
}

/** Picks an organisation with probability proportional to its size. */
function orgPicker(orgs: GeneratedOrg[], random: Random): () => number {
  let sum = 0;
  const cumulative = orgs.map((o) => (sum += o.weight));
  return () => {
    const r = random.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

const OUTCOME_WEIGHTS: Record<Outcome, number> = {
  disclosed: 38,
  partial: 9,
  "withheld.state_secret": 0.3,
  "withheld.prohibited_by_law": 0.5,
  "withheld.security_stability": 0.2,
  "withheld.third_party": 1.5,
  "withheld.internal_affairs": 1.5,
  "withheld.process_info": 2.5,
  "withheld.enforcement_file": 1,
  "withheld.query_matter": 1,
  "unavailable.not_held": 18,
  "unavailable.needs_creation": 3,
  "unavailable.unclear": 2,
  "not_processed.complaint": 4,
  "not_processed.duplicate": 3,
  "not_processed.publication": 0.5,
  "not_processed.excessive": 1,
  "not_processed.confirmation": 1,
  "other.no_correction": 5,
  "other.unpaid_fee": 0.5,
  "other.other": 6,
};

function insertRequests(sqlite: Database.Database, orgs: GeneratedOrg[], total: number, random: Random): number {
  const columns = [
    "id", "orgId", "number", "applicantType", "applicantName", "phone", "channel", "submittedAt", "receivedOn",
    "description", "provisionForm", "obtainMethod", "status", "outcome", "closedOn", "createdAt", "updatedAt",
  ];
  const insert = sqlite.prepare(
    `INSERT INTO "DisclosureRequest" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
  );
  const pickOrg = orgPicker(orgs, random);
  const serials = new Map<string, number>();
  const insertAll = sqlite.transaction(() => {
  for (let n = 1; n <= total; n++) {
    const org = orgs[pickOrg()];
    const year = random.pick(YEARS);
    const receivedOn = dayOfYear(year, random);
    const key = `${org.id}|${year}`;
    const serial = (serials.get(key) ?? 0) + 1;
    serials.set(key, serial);
    const closing = addDays(receivedOn, random.int(1, 45));
    const closed = closing <= `${LAST_YEAR}-12-31` && !random.chance(0.02);
    insert.run(
      id("r", n),
      org.id,
      `${year}-${pad(serial, 5)}`,
      random.weighted({ natural_person: 85, commercial: 6, research: 1, public_interest: 1, legal_service: 4, other_org: 3 } as const),
      personName(random),
      `1${random.int(30, 99)}${pad(random.int(0, 99_999_999), 8)}`,
      random.weighted({ online: 60, mail_signed: 20, in_person: 12, email: 5, fax: 1, mail_plain: 1, oral: 1 } as const),
      instant(receivedOn),
      receivedOn,
      requestDescription(random),
      random.pick(["paper", "electronic"]),
      random.pick(["pickup", "mail", "email"]),
      closed ? "closed" : random.pick(["received", "awaiting_correction", "consulting"]),
      closed ? random.weighted(OUTCOME_WEIGHTS) : null,
      closed ? closing : null,
      instant(receivedOn),
      instant(closed ? closing : receivedOn),
    );
  }
  });
  insertAll();
  return total;
}

function insertAppeals(sqlite: Database.Database, orgs: GeneratedOrg[], total: number, random: Random): number {
  const insert = sqlite.prepare(
    `INSERT INTO "Appeal" ("id", "orgId", "number", "kind", "filedOn", "closedOn", "result", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const pickOrg = orgPicker(orgs, random);
  const serials = new Map<string, number>();
  sqlite.transaction(() => {
    for (let n = 1; n <= total; n++) {
      const org = orgs[pickOrg()];
      const kind = random.weighted({ review: 80, litigation_direct: 12, litigation_after_review: 8 } as const);
      const filedOn = dayOfYear(random.pick(YEARS), random);
      const key = `${org.id}|${kind}|${filedOn.slice(0, 4)}`;
      const serial = (serials.get(key) ?? 0) + 1;
      serials.set(key, serial);
      const closing = addDays(filedOn, random.int(30, 150));
      const closed = closing <= `${LAST_YEAR}-12-31` && random.chance(0.9);
      const number = `${kind === "review" ? "FY" : "SS"}-${filedOn.slice(0, 4)}-${kind === "litigation_after_review" ? "H" : ""}${pad(serial, 3)}`;
      insert.run(
        id("a", n),
        org.id,
        number,
        kind,
        filedOn,
        closed ? closing : null,
        closed ? random.weighted({ upheld: 70, corrected: 15, other: 15 } as const) : null,
        instant(filedOn),
      );
    }
  })();
  return total;
}

/** The 第二十条 figures every body reports each year, in the codes of that year's format. */
function insertStatistics(sqlite: Database.Database, orgs: GeneratedOrg[], random: Random): number {
  const insert = sqlite.prepare(`INSERT INTO "YearlyStatistic" ("orgId", "year", "code", "value") VALUES (?, ?, ?, ?)`);
  let n = 0;
  sqlite.transaction(() => {
    for (const org of orgs) {
      for (const year of YEARS) {
        for (const code of statisticCodes(formatForYear(year))) {
          const value = MONEY_CELLS.has(code)
            ? `${random.int(0, 999)}.${pad(random.int(0, 9999), 4)}`
            : String(code.endsWith(".delta") ? random.int(-3, 5) : random.int(0, 400));
          insert.run(org.id, year, code, value);
          n++;
        }
      }
    }
  })();
  return n;
}
