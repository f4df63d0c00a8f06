/** A code set: the codes (English, as in the interchange spec) with their Chinese labels, in display order. */
export type CodeSet<C extends string> = Readonly<Record<C, string>>;

export function codesOf<C extends string>(set: CodeSet<C>): [C, ...C[]] {
  return Object.keys(set) as [C, ...C[]];
}

/** Whether a string read back from the database is one of the set's codes (its own keys only, never `toString`). */
export function isCode<C extends string>(set: CodeSet<C>, code: string): code is C {
  return Object.hasOwn(set, code);
}

/**
 * The Chinese label of a stored code for display: a code the set does not know (an old or imported value) shows
 * as it is, and no code at all as "—".
 */
export function labelOf<C extends string>(set: CodeSet<C>, code: string | null | undefined): string {
  if (!code) return "—";
  return isCode(set, code) ? set[code] : code;
}
