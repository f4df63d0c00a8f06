-- The PostgreSQL counterpart of prisma/migrations/sqlite/0008_search_bigrams: nothing to create. The pg_trgm index
-- of 0002_item_search stays the only search index; two-character words are checked by ILIKE on it (see
-- lib/search-sql.ts). The folder exists so both databases carry the same list of migrations.
SELECT 1;
