-- CreateTable
CREATE TABLE "PublicContent" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- The one row the public-page cache reads and every public write increments (lib/public-cache/version.ts).
INSERT INTO "PublicContent" ("id", "version") VALUES (1, 0);
