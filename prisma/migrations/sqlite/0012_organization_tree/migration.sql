-- Bodies in a tree (lib/organizations): each body's parent and its kind.
-- ADD COLUMN rather than Prisma's table rebuild: the runner migrates inside a transaction, where SQLite ignores
-- PRAGMA foreign_keys, and dropping "Organization" would then touch every table that refers to it. SQLite allows
-- a REFERENCES clause on an added column whose default is NULL.
ALTER TABLE "Organization" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'department';
ALTER TABLE "Organization" ADD COLUMN "parentId" TEXT REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Organization_parentId_kind_code_idx" ON "Organization"("parentId", "kind", "code");
