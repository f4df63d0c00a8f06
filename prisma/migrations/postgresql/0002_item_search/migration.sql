-- Full-text search over items (title, 文号, 索引号, body): the PostgreSQL counterpart of
-- prisma/migrations/sqlite/0002_item_search (FTS5 with the trigram tokenizer).
-- pg_trgm indexes every run of three characters, so `ILIKE '%词语%'` on the expression below is answered from the
-- index for words of three or more characters and stays correct (a scan) for shorter ones: the same substring
-- matching as SQLite's trigram index with its LIKE fallback. lib/search-sql.ts builds the condition.
-- pg_trgm ships with Debian's postgresql package and is a trusted extension (PostgreSQL 13+): the database owner
-- may create it without superuser rights. Chinese characters give trigrams only when the database's LC_CTYPE
-- classes them as letters (C.UTF-8, zh_CN.UTF-8 — not C); `npm run db:setup` warns otherwise.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One index over the four searched columns joined by a space (a search word never contains a space, so it cannot
-- match across two columns). The expression must stay identical to ITEM_SEARCH_TEXT in lib/search-sql.ts, or the
-- planner will not use the index. No trigger is needed: PostgreSQL maintains expression indexes itself.
CREATE INDEX "Item_search_trgm_idx" ON "Item"
    USING gin (("title" || ' ' || coalesce("docNo", '') || ' ' || "indexNo" || ' ' || "body") gin_trgm_ops);
