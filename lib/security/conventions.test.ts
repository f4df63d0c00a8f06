import { describe, expect, it } from "vitest";
import { appRoutes } from "@/e2e/app-routes";
import { exportedNames, isServerActionModule, read, sourceFiles } from "@/test/source-files";

// Architecture rules that keep authorisation in one place, checked over the source so they hold for routes
// and actions added later: a new file that breaks one fails here with its name.

const files = sourceFiles();
const production = files.filter((f) => !/\.test\.tsx?$/.test(f) && !f.endsWith("test-helpers.ts"));

describe("server actions", () => {
  const modules = production.filter((f) => isServerActionModule(read(f)));

  it("exist (the check below is not vacuous)", () => {
    expect(modules.length).toBeGreaterThan(0);
  });

  it("are all made by lib/action.ts: every export of a \"use server\" module is `export const x = action(…)`", () => {
    const offenders: string[] = [];
    for (const file of modules) {
      const source = read(file);
      const wrapped = new Set([...source.matchAll(/^export const (\w+) = (?:action|publicAction)\(/gm)].map((m) => m[1]));
      for (const name of exportedNames(source)) if (!wrapped.has(name)) offenders.push(`${file}#${name}`);
      if (/^export\s+(default|\{|\*)/m.test(source)) offenders.push(`${file} (export default / export { } / export *)`);
    }
    expect(offenders).toEqual([]);
  });

  it("are never declared inline (a \"use server\" inside a function would bypass the wrapper)", () => {
    const inline = production.filter((f) => {
      const source = read(f);
      const directives = source.match(/^\s*["']use server["'];?\s*$/gm)?.length ?? 0;
      return directives > (isServerActionModule(source) ? 1 : 0);
    });
    expect(inline).toEqual([]);
  });
});

describe("route handlers", () => {
  // next-auth's handler is its own (CSRF token, sign-in, session); everything else goes through lib/route.ts.
  const THIRD_PARTY = ["app/api/auth/[...nextauth]/route.ts"];

  it("are all made by apiRoute (session + permission) or publicRoute (open data)", () => {
    const offenders: string[] = [];
    for (const { file, kind, methods } of appRoutes()) {
      if (kind !== "route" || THIRD_PARTY.includes(file)) continue;
      const source = read(file);
      for (const method of methods)
        if (!new RegExp(`^export const ${method} = (apiRoute|publicRoute)(<[^\\n]*>)?\\(`, "m").test(source)) offenders.push(`${file} ${method}`);
    }
    expect(offenders).toEqual([]);
  });
});

describe("admin pages", () => {
  // The "denied" page only says "no access"; the admin layout still requires a session for it.
  const OPEN = ["app/admin/denied/page.tsx"];

  it("each check their own permission with requirePage (not only the layout)", () => {
    const pages = appRoutes().filter((r) => r.kind === "page" && r.route.startsWith("/admin") && !OPEN.includes(r.file));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((p) => !/await requirePage\("[\w.]+"\)/.test(read(p.file))).map((p) => p.file)).toEqual([]);
  });
});

describe("audit log", () => {
  it("is append-only: no code updates or deletes audit records", () => {
    const writers = production.filter((f) =>
      /auditLog\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b|(UPDATE|DELETE\s+FROM)\s+"?AuditLog"?/i.test(read(f)),
    );
    expect(writers).toEqual([]);
  });
});

describe("Prisma", () => {
  it("is called only from lib/ modules, never from pages, components or route files", () => {
    const offenders = production.filter((f) => !f.startsWith("lib/") && /from "@\/lib\/db"|\bdb\.\w+\.(find|create|update|delete|upsert|count|group)/.test(read(f)));
    expect(offenders).toEqual([]);
  });
});
