-- CreateIndex
CREATE INDEX "Item_disclosure_publishedOn_createdOn_orgId_idx" ON "Item"("disclosure", "publishedOn", "createdOn", "orgId");
