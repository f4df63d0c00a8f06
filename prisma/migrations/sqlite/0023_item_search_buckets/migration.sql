-- The SQLite counterpart of prisma/migrations/postgresql/0023_item_search_buckets: nothing to change. SQLite's
-- capped counts read the FTS5 matches one by one and stop at the limit. The folder exists so both databases carry
-- the same list of migrations.
SELECT 1;
