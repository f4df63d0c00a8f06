// One schema, two providers. A generated Prisma client refuses a driver adapter of another provider, so the
// PostgreSQL client is generated from a copy of prisma/schema.prisma that differs only in the datasource provider,
// its placeholder url and the client's output folder (scripts/prisma-generate.ts, scripts/db-diff.ts).

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const count = text.match(new RegExp(pattern.source, "gm"))?.length ?? 0;
  if (count !== 1) throw new Error(`schema.prisma: expected exactly one line matching ${pattern}, found ${count}`);
  return text.replace(new RegExp(pattern.source, "m"), replacement);
}

/** The PostgreSQL variant of the SQLite schema text. */
export function postgresSchema(sqliteSchema: string): string {
  let text = replaceOnce(sqliteSchema, /^(\s*provider\s*=\s*)"sqlite"/, '$1"postgresql"');
  text = replaceOnce(text, /^(\s*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, '$1"../lib/generated/prisma-pg"');
  // A placeholder either way (the driver adapter supplies the connection), but it must be of the provider's kind.
  text = replaceOnce(text, /^(\s*url\s*=\s*)"file:[^"]*"/, '$1"postgresql://placeholder/placeholder"');
  return `// GENERATED from schema.prisma by lib/db-schema.ts — do not edit.\n${text}`;
}
