-- The PostgreSQL counterpart of prisma/migrations/sqlite/0009_item_search_keys: nothing to change. The pg_trgm
-- index of 0002_item_search is an expression index on Item itself: there is no separate search table to key.
-- Two-character words stay a scan on PostgreSQL (pg_trgm cuts no trigram from them). The folder exists so both
-- databases carry the same list of migrations.
SELECT 1;
