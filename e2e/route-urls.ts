import Database from "better-sqlite3";
import { FIXTURES } from "./route-matrix";

/** The database the e2e server runs on (playwright.config.ts: DATABASE_URL=file:./data/e2e.db). */
const DB_FILE = "data/e2e.db";

function resolveFixture(name: string): string {
  const fixture = FIXTURES[name];
  if (!fixture) throw new Error(`e2e/route-matrix.ts: no fixture named "${name}"`);
  if ("value" in fixture) return fixture.value;
  const db = new Database(DB_FILE, { readonly: true });
  try {
    const value = db.prepare(fixture.sql).pluck().get();
    if (typeof value !== "string") throw new Error(`fixture "${name}" found no record: ${fixture.sql}`);
    return value;
  } finally {
    db.close();
  }
}

/** "/admin/users/[id]" + {id: "user:clerk"} → "/admin/users/ck…" (params name FIXTURES keys). */
export function concreteUrl(route: string, params: Record<string, string> = {}): string {
  return route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    if (!params[name]) throw new Error(`e2e/route-matrix.ts: ${route} needs params.${name} (a FIXTURES key)`);
    return encodeURIComponent(resolveFixture(params[name]));
  });
}
