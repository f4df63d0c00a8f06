-- AlterTable
ALTER TABLE "Item" ADD COLUMN "submittedById" TEXT;
ALTER TABLE "Item" ADD COLUMN "withdrawnCause" TEXT;

-- CreateTable
CREATE TABLE "ItemVetting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "itemId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "reviewer" TEXT NOT NULL,
    "authorId" TEXT,
    "checkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sources" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "selfApproved" BOOLEAN NOT NULL DEFAULT false,
    "publishedOn" TEXT,
    "publishedOnReason" TEXT,
    CONSTRAINT "ItemVetting_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ItemVetting_itemId_checkedAt_idx" ON "ItemVetting"("itemId", "checkedAt");

