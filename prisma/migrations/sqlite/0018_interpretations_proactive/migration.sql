-- 政策解读: an item may be the 解读 of one or more policy documents (lib/items/interpretations.ts).
CREATE TABLE "PolicyInterpretation" (
    "policyId" TEXT NOT NULL,
    "interpretationId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("policyId", "interpretationId"),
    CONSTRAINT "PolicyInterpretation_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PolicyInterpretation_interpretationId_fkey" FOREIGN KEY ("interpretationId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "PolicyInterpretation_interpretationId_idx" ON "PolicyInterpretation"("interpretationId");

-- 依申请转主动 (条例第四十四条): the draft item created from several requests for the same information.
-- ADD COLUMN rather than Prisma's table rebuild (see 0012_organization_tree): SQLite allows a REFERENCES clause on
-- an added column whose default is NULL.
ALTER TABLE "DisclosureRequest" ADD COLUMN "proactiveItemId" TEXT REFERENCES "Item" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "DisclosureRequest_proactiveItemId_idx" ON "DisclosureRequest"("proactiveItemId");
