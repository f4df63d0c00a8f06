-- The PostgreSQL counterpart of prisma/migrations/sqlite/0008_item_search_contentless: nothing to change. The
-- pg_trgm expression index of 0002_item_search stores no copy of the text. The folder exists so both databases
-- carry the same list of migrations.
SELECT 1;
