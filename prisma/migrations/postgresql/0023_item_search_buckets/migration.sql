-- The pair index of 0020_item_search_bigrams, with each item's pairs in one of eight buckets of doubling size.
-- A GIN index answers only by bitmap: every match of a word is collected before the first row is read, so the
-- capped count of a common word (1,001 rows wanted, 116,000 matches at 5,000,000 items) spent 80-100 ms in the
-- index alone. With the pairs of an item prefixed by its bucket, lib/items/search-sql.ts counts bucket after
-- bucket, smallest first, under one LIMIT: PostgreSQL's Append stops pulling when the limit is reached, so a
-- common word is counted from the first buckets (1/128 of the items each) and a rare word reads every bucket,
-- which together hold what the one index held (docs/PERFORMANCE.md, "Pair index in buckets").

-- An item's bucket, from a hash of its id (hashtextextended is the hash PostgreSQL's hash partitioning relies
-- on, so it is stable across releases): 0 and 1 hold 1/128 of the items each, 2 holds 1/64, … 7 holds 1/2.
CREATE FUNCTION item_search_bucket(id text) RETURNS integer LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN u < 8 THEN 0 WHEN u < 16 THEN 1 WHEN u < 32 THEN 2 WHEN u < 64 THEN 3
              WHEN u < 128 THEN 4 WHEN u < 256 THEN 5 WHEN u < 512 THEN 6 ELSE 7 END
  FROM (SELECT (hashtextextended(id, 0) & 1023)::integer AS u) h
$$;

DROP INDEX "Item_search_bigrams_idx";
DROP FUNCTION item_search_bigram_query(text);
DROP FUNCTION item_search_bigrams(text, text, text, text);
DROP FUNCTION item_search_pairs(text);

-- The pairs of a text as in 0020, each after a prefix (the bucket). Cut and prefixed in one pass: calling the
-- bucket's function once per pair instead of once per item made the index build ten times slower.
CREATE FUNCTION item_search_pairs(t text, prefix text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(prefix || a || b), '{}')
  FROM (SELECT string_to_array(translate(lower(t), E'\t\n\r\f\x0b\u00a0\u3000', '       '), NULL) AS c) s,
    unnest(s.c, s.c[2:]) AS u(a, b)
  WHERE a <> ' ' AND b <> ' '
$$;

-- What the index holds for an item: the pairs of title, 文号, 索引号 and body, each after the item's bucket
-- (the lexeme 3低保 is the pair 低保 in bucket 3). The index expression and the queries call this same function
-- on the same columns, which is how the planner matches them.
CREATE FUNCTION item_search_bigrams(id text, title text, "docNo" text, "indexNo" text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(item_search_pairs(title || ' ' || coalesce("docNo", '') || ' ' || "indexNo" || ' ' || body,
    item_search_bucket(id)::text))
$$;

-- A word in one bucket: the AND of its pairs, each a quoted lexeme ('' for a quote, \\ for a backslash), so
-- operators and punctuation in the word are plain text. The word arrives as a bound parameter. A word of one
-- character has no pair; callers use this for words of two or more.
CREATE FUNCTION item_search_bigram_query(word text, bucket integer) RETURNS tsquery
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT string_agg('''' || replace(replace(p, '\', '\\'), '''', '''''') || '''', ' & ')::tsquery
  FROM unnest(item_search_pairs(word, bucket::text)) AS p
$$;

-- A word in any bucket: an item's pairs all carry its own bucket, so this is the OR of the eight.
CREATE FUNCTION item_search_bigram_query(word text) RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT string_agg('(' || item_search_bigram_query(word, b)::text || ')', ' | ')::tsquery FROM generate_series(0, 7) AS b
$$;

CREATE INDEX "Item_search_bigrams_idx" ON "Item"
    USING gin (item_search_bigrams("id", "title", "docNo", "indexNo", "body"));
