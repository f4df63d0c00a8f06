-- 政策解读 (PolicyInterpretation) and 依申请转主动 (DisclosureRequest.proactiveItemId): see the SQLite half for notes.
-- AlterTable
ALTER TABLE "DisclosureRequest" ADD COLUMN     "proactiveItemId" TEXT;

-- CreateTable
CREATE TABLE "PolicyInterpretation" (
    "policyId" TEXT NOT NULL,
    "interpretationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyInterpretation_pkey" PRIMARY KEY ("policyId","interpretationId")
);

-- CreateIndex
CREATE INDEX "PolicyInterpretation_interpretationId_idx" ON "PolicyInterpretation"("interpretationId");

-- CreateIndex
CREATE INDEX "DisclosureRequest_proactiveItemId_idx" ON "DisclosureRequest"("proactiveItemId");

-- AddForeignKey
ALTER TABLE "PolicyInterpretation" ADD CONSTRAINT "PolicyInterpretation_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyInterpretation" ADD CONSTRAINT "PolicyInterpretation_interpretationId_fkey" FOREIGN KEY ("interpretationId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosureRequest" ADD CONSTRAINT "DisclosureRequest_proactiveItemId_fkey" FOREIGN KEY ("proactiveItemId") REFERENCES "Item"("id") ON DELETE SET NULL ON UPDATE CASCADE;

