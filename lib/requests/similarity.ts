// Repeat-request hint (第三十六条（六）重复申请): how alike two descriptions are. Chinese has no spaces between
// words, so texts are compared as sets of overlapping character pairs (bigrams) with the Dice coefficient:
// 2·|A∩B| / (|A|+|B|), 1 for the same text, 0 for texts sharing no pair. Punctuation and spacing are ignored.

/** A suggestion only: at this score or above, the clerk is shown the earlier request. */
export const SIMILAR_THRESHOLD = 0.6;

function bigrams(text: string): Set<string> {
  const chars = [...text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "")];
  const pairs = new Set<string>();
  if (chars.length === 1) pairs.add(chars[0]);
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i] + chars[i + 1]);
  return pairs;
}

export function descriptionSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const pair of x) if (y.has(pair)) shared++;
  return (2 * shared) / (x.size + y.size);
}
