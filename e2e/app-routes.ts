import fs from "node:fs";
import path from "node:path";

export type AppRoute = { route: string; file: string; kind: "page" | "route"; methods: string[] };

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** The HTTP methods a route.ts exports: `export const GET =`, `export async function POST(`, `export { h as GET }`. */
export function exportedMethods(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|let|async\s+function|function)\s+([A-Z]+)\b/g)) names.add(m[1]);
  for (const block of source.matchAll(/export\s*\{([^}]*)\}/g))
    for (const m of block[1].matchAll(/(?:\bas\s+)?\b([A-Z]+)\b\s*(?:,|$)/g)) names.add(m[1]);
  return HTTP_METHODS.filter((method) => names.has(method));
}

/**
 * Every page and route handler under app/, as the URL pattern Next serves it: route groups "(x)" and
 * parallel-route slots "@x" are not URL segments; private folders "_x" are not routes.
 */
export function appRoutes(appDir = path.join(process.cwd(), "app")): AppRoute[] {
  const found: AppRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith("_")) continue;
        const urlSegment = /^\(.*\)$/.test(entry.name) || entry.name.startsWith("@") ? [] : [entry.name];
        walk(full, [...segments, ...urlSegment]);
      } else if (/^(page|route)\.(tsx?|jsx?)$/.test(entry.name)) {
        const kind = entry.name.startsWith("page") ? "page" : "route";
        const file = path.relative(process.cwd(), full).split(path.sep).join("/");
        const methods = kind === "page" ? ["GET"] : exportedMethods(fs.readFileSync(full, "utf8"));
        found.push({ route: `/${segments.join("/")}`, file, kind, methods });
      }
    }
  };
  walk(appDir, []);
  return found.sort((a, b) => a.route.localeCompare(b.route));
}
