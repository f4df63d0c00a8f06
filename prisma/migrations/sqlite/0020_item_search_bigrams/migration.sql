-- The SQLite counterpart of prisma/migrations/postgresql/0020_item_search_bigrams: nothing to change. SQLite has
-- answered two-character words from an index since 0009_item_search_keys (the pair index). The folder exists so
-- both databases carry the same list of migrations.
SELECT 1;
