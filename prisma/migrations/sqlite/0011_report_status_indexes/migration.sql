-- The annual report counts as published only items that went out ("status" IN (published, withdrawn)): with
-- "status" in the two report indexes its GROUP BYs read the indexes alone again, as 0006 made them
-- (docs/PERFORMANCE.md, "Report ratio for small bodies"). Same leading columns, so nothing loses its index.
-- DropIndex
DROP INDEX "Item_orgId_publishedOn_report_idx";

-- DropIndex
DROP INDEX "Item_orgId_genre_report_idx";

-- CreateIndex
CREATE INDEX "Item_orgId_publishedOn_report_idx" ON "Item"("orgId", "publishedOn", "disclosure", "categoryId", "status");

-- CreateIndex
CREATE INDEX "Item_orgId_genre_report_idx" ON "Item"("orgId", "genre", "disclosure", "createdOn", "publishedOn", "abolishedOn", "status");

