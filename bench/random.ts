/**
 * A small seeded PRNG (mulberry32): the same seed gives the same sequence on every machine, so a benchmark
 * database is identical from run to run and figures can be compared.
 */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Picks a key of a table of relative weights. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
};

export function seededRandom(seed: number): Random {
  let state = seed | 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const tables = new WeakMap<object, { keys: string[]; cumulative: number[] }>();
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
      let table = tables.get(weights);
      if (!table) {
        const keys = Object.keys(weights);
        let sum = 0;
        const cumulative = keys.map((key) => (sum += weights[key as K]));
        table = { keys, cumulative: cumulative.map((c) => c / sum) };
        tables.set(weights, table);
      }
      const r = next();
      const index = table.cumulative.findIndex((c) => r < c);
      return table.keys[index === -1 ? table.keys.length - 1 : index] as K;
    },
  };
}
