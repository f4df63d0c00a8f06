-- AlterTable
ALTER TABLE "Item" ADD COLUMN "importedVersion" INTEGER;

-- AlterTable
ALTER TABLE "DisclosureRequest" ADD COLUMN "importedVersion" INTEGER;

-- AlterTable
ALTER TABLE "Appeal" ADD COLUMN "importedVersion" INTEGER;

-- CreateTable
CREATE TABLE "ReportBaseline" (
    "orgId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("orgId", "year"),
    CONSTRAINT "ReportBaseline_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- AlterTable (ADD COLUMN rather than the differ's table rebuild)
ALTER TABLE "YearlyStatistic" ADD COLUMN "source" TEXT;
ALTER TABLE "YearlyStatistic" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "YearlyStatistic" ADD COLUMN "importedVersion" INTEGER;
