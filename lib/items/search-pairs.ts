
/**
 * The pair index (SQLite, prisma/migrations/sqlite/0009_item_search_keys): two-character words — the commonest
 * Chinese searches (低保, 防汛) — are too short for the trigram index, so every item's text is also indexed as the
 * set of its adjacent character pairs, each written as an ASCII token for FTS5's `ascii` tokenizer. SQL cannot cut
 * the pairs cheaply (substr on UTF-8 walks from the start of the string: quadratic in its length), so they are cut
 * here. A trigger marks an item pending (ItemSearchKey.pairsIndexed = 0) whenever its text is written; the app's
 * writers index it before they commit (lib/items/pair-index.ts), imports and migrations right after theirs
 * (lib/items/pair-catch-up.ts). Until then the search checks pending items with LIKE, so a writer that forgets
 * makes 2-character searches slower, never wrong.
 */

/** A code point in base 36, four digits (36⁴ > 0x10FFFF); two of them are a pair's token. */
const digitsCache = new Map<number, string>();
function digits(codePoint: number): string {
  let text = digitsCache.get(codePoint);
  if (text === undefined) {
    text = codePoint.toString(36).padStart(4, "0");
    digitsCache.set(codePoint, text);
  }
  return text;
}

/** JavaScript's \s: a search word never contains one, so no pair with one is ever looked up. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const PAIR = 0x110000; // a pair of code points as one number: first × PAIR + second (< 2⁵³)

/**
 * The pairs of the texts as the index's column: every two adjacent characters within one text, case folded,
 * each once. Pairs with a space are left out. Cut on numbers, not strings: the bench's 100,000 items took 22 s
 * with a string per pair, ~2 s this way.
 */
export function textPairs(texts: (string | null)[]): string {
  const pairs = new Set<number>();
  for (const text of texts) {
    if (!text) continue;
    const folded = text.toLowerCase();
    let previous = -1;
    for (let i = 0; i < folded.length; i++) {
      const c = folded.codePointAt(i)!;
      if (c > 0xffff) i++;
      if (isSpace(c)) previous = -1;
      else {
        if (previous >= 0) pairs.add(previous * PAIR + c);
        previous = c;
      }
    }
  }
  let column = "";
  for (const pair of pairs) column += (column ? " " : "") + digits(Math.floor(pair / PAIR)) + digits(pair % PAIR);
  return column;
}

/** The token of a two-character search word, or null when folding its case does not leave two characters. */
export function wordPairToken(word: string): string | null {
  const chars = [...word.toLowerCase()];
  return chars.length === 2 ? digits(chars[0].codePointAt(0)!) + digits(chars[1].codePointAt(0)!) : null;
}

export type PendingItemText = { key: number | bigint; title: string; docNo: string | null; indexNo: string; body: string };

/**
 * Takes a batch of pending items, newest first, and returns their keys. It writes first, so the transaction holds
 * SQLite's write lock from its first statement: a transaction that read first could be refused (SQLITE_BUSY) if
 * another process wrote before it did.
 */
export const CLAIM_PENDING_SQL = `
  UPDATE "ItemSearchKey" SET "pairsIndexed" = 1
  WHERE "key" IN (SELECT "key" FROM "ItemSearchKey" WHERE "pairsIndexed" = 0 ORDER BY "key" DESC LIMIT ?)
  RETURNING "key"`;

/** The texts of the claimed items; takes their keys as one JSON array. */
export const CLAIMED_TEXTS_SQL = `
  SELECT k."key", i."title", i."docNo", i."indexNo", i."body"
  FROM json_each(?) j CROSS JOIN "ItemSearchKey" k ON k."key" = j."value" CROSS JOIN "Item" i ON i."id" = k."itemId"`;

/** Takes the batch as one JSON parameter: [{ key, pairs }]. */
export const INSERT_PAIRS_SQL = `
  INSERT INTO "ItemSearchPairs" ("rowid", "pairs")
  SELECT json_extract(value, '$.key'), json_extract(value, '$.pairs') FROM json_each(?)`;

/** A batch's rows for INSERT_PAIRS_SQL, as its JSON parameter. */
export function pairRowsJson(items: PendingItemText[]): string {
  return JSON.stringify(items.map((item) => ({ key: Number(item.key), pairs: textPairs([item.title, item.docNo, item.indexNo, item.body]) })));
}

export const PAIRS_BATCH = 1000;
