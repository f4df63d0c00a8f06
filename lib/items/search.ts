/**
 * Building the catalogue's full-text search from what a visitor typed. On SQLite two FTS5 indexes answer it:
 * the trigram index (prisma/migrations/sqlite/0002_item_search) matches any substring of three or more
 * characters, the pair index (0009_item_search_keys, lib/items/search-pairs.ts) two-character words (common in
 * Chinese: 低保, 救助); single characters fall back to LIKE on the same columns. PostgreSQL looks words of two or
 * more characters up in a GIN index of character pairs and checks them with ILIKE; lib/items/search-sql.ts turns
 * the plan into SQL for either.
 * Everything the visitor typed reaches SQL only as a bound parameter, escaped for the syntax it lands in.
 */

import { wordPairToken } from "./search-pairs";

export const MAX_QUERY_CHARS = 100;
export const MAX_TERMS = 5;
/** The trigram tokenizer indexes runs of three characters; shorter terms cannot use the index. */
export const MIN_INDEXED_CHARS = 3;

/** The words of a query: split on any whitespace (including the full-width space), duplicates dropped. */
export function searchTerms(query: string): string[] {
  const words = query.slice(0, MAX_QUERY_CHARS).split(/[\s\u3000]+/u).filter(Boolean);
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** An FTS5 string literal: the term is matched as a phrase, so operators and punctuation in it are plain text. */
export function ftsPhrase(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** A LIKE pattern matching the term anywhere, for use with ESCAPE '\'. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Whether the term has no letter with another case (Chinese, digits, punctuation …): then a case-sensitive LIKE
 * finds exactly what a case-insensitive ILIKE finds. ILIKE lower-cases each text it checks (PostgreSQL: ~3 µs for
 * a 1 KB body, four times LIKE's cost). A character whose upper or lower case differs (a, A, ß, ǅ) is cased; a
 * letter another lower-cases to (k from K, ω from Ω) has an upper case of its own, so it is cased too.
 */
export function hasNoLetterCase(term: string): boolean {
  return term.toLowerCase() === term && term.toUpperCase() === term;
}

export type SearchPlan = {
  terms: string[];
  /** FTS5 MATCH expression for the terms long enough for the trigram index, or null. */
  match: string | null;
  /** FTS5 MATCH expression of the pair index for the two-character terms, or null. */
  pairMatch: string | null;
  /** LIKE patterns of the two-character terms, for the items the pair index has not taken in yet. */
  pairLikes: string[];
  /** LIKE patterns for the terms no index answers; each must match one of the searched columns. */
  likes: string[];
};

/** Every term must occur (AND), in any of title, 文号, 索引号 or body. */
export function planSearch(query: string): SearchPlan | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  const indexed = terms.filter((t) => [...t].length >= MIN_INDEXED_CHARS);
  const paired = terms.filter((t) => [...t].length === 2 && wordPairToken(t) !== null);
  const short = terms.filter((t) => !indexed.includes(t) && !paired.includes(t));
  return {
    terms,
    match: indexed.length ? indexed.map(ftsPhrase).join(" AND ") : null,
    pairMatch: paired.length ? paired.map(wordPairToken).join(" AND ") : null,
    pairLikes: paired.map(likePattern),
    likes: short.map(likePattern),
  };
}

export type Segment = { text: string; hit: boolean };

function termsPattern(terms: string[]): RegExp | null {
  if (terms.length === 0) return null;
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "giu");
}

/** Splits text into plain and matching parts (case-insensitive), for rendering matches in <mark>. */
export function highlight(text: string, terms: string[]): Segment[] {
  const pattern = termsPattern(terms);
  if (!pattern) return text ? [{ text, hit: false }] : [];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), hit: false });
    segments.push({ text: match[0], hit: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return segments;
}

/** A short excerpt of the text around the first match (or its start), with ellipses where it is cut. */
export function excerpt(text: string, terms: string[], radius = 50): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const pattern = termsPattern(terms);
  const at = pattern ? (pattern.exec(flat)?.index ?? 0) : 0;
  const start = Math.max(0, at - radius);
  const end = Math.min(flat.length, at + radius * 2);
  return `${start > 0 ? "…" : ""}${flat.slice(start, end)}${end < flat.length ? "…" : ""}`;
}
