import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Test support: what the database holds, to prove that a refused request changed nothing. Read through Prisma's
// model list, not a database catalogue, so it works on SQLite and PostgreSQL alike.

type Delegate = { findMany(): Promise<unknown[]> };

/** Every row of every model (except `exclude`), each model's rows as sorted JSON so row order does not matter. */
export async function snapshotRows(exclude: readonly string[] = []): Promise<Record<string, string[]>> {
  const rows: Record<string, string[]> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    if (exclude.includes(model)) continue;
    const delegate = (db as unknown as Record<string, Delegate>)[model[0].toLowerCase() + model.slice(1)];
    rows[model] = (await delegate.findMany()).map((row) => JSON.stringify(row)).sort();
  }
  return rows;
}

/** The models whose rows differ between two snapshots. */
export function changedModels(before: Record<string, string[]>, after: Record<string, string[]>): string[] {
  return Object.keys({ ...before, ...after }).filter((model) => JSON.stringify(before[model]) !== JSON.stringify(after[model]));
}
