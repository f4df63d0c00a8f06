-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "importedVersion" INTEGER;

-- AlterTable
ALTER TABLE "DisclosureRequest" ADD COLUMN     "importedVersion" INTEGER;

-- AlterTable
ALTER TABLE "Appeal" ADD COLUMN     "importedVersion" INTEGER;

-- AlterTable
ALTER TABLE "YearlyStatistic" ADD COLUMN     "importedVersion" INTEGER,
ADD COLUMN     "source" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ReportBaseline" (
    "orgId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportBaseline_pkey" PRIMARY KEY ("orgId","year")
);

-- AddForeignKey
ALTER TABLE "ReportBaseline" ADD CONSTRAINT "ReportBaseline_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

