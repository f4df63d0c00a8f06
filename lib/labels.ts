/** A code set: the codes (English, as in the interchange spec) with their Chinese labels, in display order. */
export type CodeSet<C extends string> = Readonly<Record<C, string>>;

export function codesOf<C extends string>(set: CodeSet<C>): [C, ...C[]] {
  return Object.keys(set) as [C, ...C[]];
}
