import fs from "node:fs";
import path from "node:path";

const SKIP = new Set(["node_modules", ".next", "generated", "data", "test-results", "playwright-report", ".git"]);

/** The project's own TypeScript sources under the given top-level folders, as repository-relative paths. */
export function sourceFiles(roots = ["app", "lib", "components"]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) files.push(path.relative(process.cwd(), full).split(path.sep).join("/"));
    }
  };
  for (const root of roots) if (fs.existsSync(root)) walk(root);
  return files.sort();
}

export const read = (file: string) => fs.readFileSync(file, "utf8");

/** A module whose first statement is the "use server" directive: every export is a callable server action. */
export function isServerActionModule(source: string): boolean {
  return /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(source);
}

/** The names a "use server" module exports. */
export function exportedNames(source: string): string[] {
  return [...source.matchAll(/^export\s+(?:const|let|var|async\s+function|function|class)\s+(\w+)/gm)].map((m) => m[1]);
}
