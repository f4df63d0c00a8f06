-- Optimistic locking of user edits in /admin/users: an edit names the version it was made on.
ALTER TABLE "User" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
