-- Two-character words from an index on PostgreSQL. pg_trgm (0002_item_search) cuts no trigram from a two-character
-- word, so 低保 or 防汛 read every item. Here each item's text is also indexed as the set of its overlapping
-- character pairs (bigrams, as Lucene's CJK analyser cuts Chinese), lower-cased, in a GIN-indexed tsvector: a word
-- of n >= 2 characters is the AND of its n - 1 pairs, and lib/items/search-sql.ts keeps the ILIKE substring check on
-- the rows the index finds, so the answers are exactly those of the scan. The SQLite counterpart is the pair index
-- of 0009_item_search_keys (pairs cut in JavaScript); here SQL cuts them, so no writer has anything to do.

-- The pairs of a text, lower-cased; pairs with a space are left out (a search word never contains one:
-- lib/items/search.ts splits on whitespace, and every character translated to a space here is whitespace to
-- JavaScript too). string_to_array(…, NULL) splits into characters once and unnest zips the array with itself
-- shifted by one, so the cost is linear in the length (substr(t, i, 2) walks UTF-8 from the start: quadratic).
-- Repeated pairs are left in: array_to_tsvector keeps each lexeme once. ~0.2 ms for a 270-character item.
CREATE FUNCTION item_search_pairs(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(a || b), '{}')
  FROM (SELECT string_to_array(translate(lower(t), E'\t\n\r\f\x0b\u00a0\u3000', '       '), NULL) AS c) s,
    unnest(s.c, s.c[2:]) AS u(a, b)
  WHERE a <> ' ' AND b <> ' '
$$;

-- What the index holds for an item: the pairs of title, 文号, 索引号 and body (joined by a space, which no pair
-- crosses). The index expression and the queries (lib/items/search-sql.ts) call this same function on the same
-- columns, which is how the planner matches them.
CREATE FUNCTION item_search_bigrams(title text, "docNo" text, "indexNo" text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(item_search_pairs(title || ' ' || coalesce("docNo", '') || ' ' || "indexNo" || ' ' || body))
$$;

-- A word as the AND of its pairs: each pair a quoted tsquery lexeme ('' for a quote, \\ for a backslash), so
-- operators and punctuation in the word are plain text. The word arrives as a bound parameter. A word of one
-- character has no pair; callers use this for words of two or more.
CREATE FUNCTION item_search_bigram_query(word text) RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT string_agg('''' || replace(replace(p, '\', '\\'), '''', '''''') || '''', ' & ')::tsquery
  FROM unnest(item_search_pairs(word)) AS p
$$;

CREATE INDEX "Item_search_bigrams_idx" ON "Item"
    USING gin (item_search_bigrams("title", "docNo", "indexNo", "body"));

-- The pg_trgm index of 0002_item_search is no longer used: the pairs answer words of three and four characters as
-- well (measured in docs/PERFORMANCE.md), and a plan combining both indexes recomputed the pairs of every row it
-- rechecked. Dropping it halves the cost of writing an item's text. The extension stays (harmless, and 0002 made it).
DROP INDEX "Item_search_trgm_idx";
