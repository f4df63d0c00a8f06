-- Indexes measured with npm run bench (docs/PERFORMANCE.md): the annual report's GROUP BYs become index-only
-- scans, and the catalogue's category filter reads its page straight from an index in keyset order. Each new index
-- extends the one it replaces (same leading columns), so every query that used the old one can use the new one.
-- DropIndex
DROP INDEX "Item_categoryId_status_publishedOn_idx";

-- DropIndex
DROP INDEX "Item_orgId_publishedOn_idx";

-- DropIndex
DROP INDEX "Item_orgId_genre_createdOn_idx";

-- DropIndex
DROP INDEX "DisclosureRequest_orgId_receivedOn_idx";

-- CreateIndex
CREATE INDEX "Item_categoryId_status_disclosure_publishedOn_id_idx" ON "Item"("categoryId", "status", "disclosure", "publishedOn", "id");

-- CreateIndex
CREATE INDEX "Item_orgId_publishedOn_report_idx" ON "Item"("orgId", "publishedOn", "disclosure", "categoryId");

-- CreateIndex
CREATE INDEX "Item_orgId_genre_report_idx" ON "Item"("orgId", "genre", "disclosure", "createdOn", "publishedOn", "abolishedOn");

-- CreateIndex
CREATE INDEX "DisclosureRequest_orgId_receivedOn_report_idx" ON "DisclosureRequest"("orgId", "receivedOn", "closedOn", "applicantType", "outcome");

