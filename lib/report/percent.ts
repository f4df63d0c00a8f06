// A module of its own: the prose editor (a client component, through text.ts) needs it, and assemble.ts would
// bring the measures' Prisma import into the browser bundle.

/** A share in percent, to two decimal places; 0 of nothing is 0 %. */
export function percentOf(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 10000) / 100;
}
