-- CreateTable
CREATE TABLE "PublicContent" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PublicContent_pkey" PRIMARY KEY ("id")
);

-- The one row the public-page cache reads and every public write increments (lib/public-cache/version.ts).
INSERT INTO "PublicContent" ("id", "version") VALUES (1, 0);
