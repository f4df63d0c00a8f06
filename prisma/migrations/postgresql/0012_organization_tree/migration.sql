-- Bodies in a tree (lib/organizations): each body's parent and its kind.
-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'department',
ADD COLUMN     "parentId" TEXT;

-- CreateIndex
CREATE INDEX "Organization_parentId_kind_code_idx" ON "Organization"("parentId", "kind", "code");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

