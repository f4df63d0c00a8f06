-- CreateIndex
CREATE INDEX "Item_orgId_status_disclosure_publishedOn_id_idx" ON "Item"("orgId", "status", "disclosure", "publishedOn", "id");

