import { queryValue } from "./database";
import { FIXTURES } from "./route-matrix";

async function resolveFixture(name: string): Promise<string> {
  const fixture = FIXTURES[name];
  if (!fixture) throw new Error(`e2e/route-matrix.ts: no fixture named "${name}"`);
  if ("value" in fixture) return fixture.value;
  const value = await queryValue(fixture.sql);
  if (typeof value !== "string") throw new Error(`fixture "${name}" found no record: ${fixture.sql}`);
  return value;
}

/** "/admin/users/[id]" + {id: "user:clerk"} → "/admin/users/ck…" (params name FIXTURES keys). */
export async function concreteUrl(route: string, params: Record<string, string> = {}): Promise<string> {
  let url = route;
  for (const [segment, name] of route.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)) {
    if (!params[name]) throw new Error(`e2e/route-matrix.ts: ${route} needs params.${name} (a FIXTURES key)`);
    url = url.replace(segment, encodeURIComponent(await resolveFixture(params[name])));
  }
  return url;
}
