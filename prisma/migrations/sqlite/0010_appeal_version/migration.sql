-- Optimistic locking of appeal edits (lib/appeals/mutations.ts): a save names the version it was made on.
ALTER TABLE "Appeal" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
