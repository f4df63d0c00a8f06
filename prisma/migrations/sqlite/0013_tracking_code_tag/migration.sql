-- A 查询码 look-up hashes one request, not one per body with the same 申请编号 (lib/requests/tracking-code.ts).
-- AlterTable
ALTER TABLE "DisclosureRequest" ADD COLUMN "trackingCodeTag" TEXT;

-- CreateIndex
CREATE INDEX "DisclosureRequest_number_trackingCodeTag_idx" ON "DisclosureRequest"("number", "trackingCodeTag");

