-- Two-character search words from an index (issue 6), and search rows found by an integer key.
--
-- ItemSearchKey gives every item a stable integer key: the rowid of its rows in both search tables. Before, the
-- trigram table was tied to items by an "itemId" column it cannot look up by (FTS5 indexes only text), so the
-- update and delete triggers scanned the whole table for each item; an INTEGER PRIMARY KEY is kept by VACUUM,
-- unlike Item's implicit rowid. "pairsIndexed" = 0 marks an item whose text was written since its pairs were
-- indexed.
--
-- ItemSearchPairs holds each item's adjacent character pairs as ASCII tokens (lib/items/search-pairs.ts cuts them:
-- SQL cannot do it in linear time). detail = 'none': a two-character word is one token, so neither positions
-- nor columns are needed. The triggers only mark items pending and drop stale rows; the writers index pending
-- items before they commit, and lib/db-migrate.ts indexes the existing items right after this migration.
DROP TRIGGER "Item_search_insert";
DROP TRIGGER "Item_search_update";
DROP TRIGGER "Item_search_delete";
DROP TABLE "ItemSearch";

CREATE TABLE "ItemSearchKey" (
    "key" INTEGER PRIMARY KEY,
    "itemId" TEXT NOT NULL,
    "pairsIndexed" INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX "ItemSearchKey_itemId_key" ON "ItemSearchKey" ("itemId");
CREATE INDEX "ItemSearchKey_pending_idx" ON "ItemSearchKey" ("key") WHERE "pairsIndexed" = 0;

CREATE VIRTUAL TABLE "ItemSearch" USING fts5(
    "title",
    "docNo",
    "indexNo",
    "body",
    content = '',
    contentless_delete = 1,
    tokenize = 'trigram'
);

CREATE VIRTUAL TABLE "ItemSearchPairs" USING fts5(
    "pairs",
    content = '',
    contentless_delete = 1,
    detail = 'none',
    tokenize = 'ascii'
);

INSERT INTO "ItemSearchKey" ("itemId") SELECT "id" FROM "Item" ORDER BY "rowid";

INSERT INTO "ItemSearch" ("rowid", "title", "docNo", "indexNo", "body")
SELECT k."key", i."title", coalesce(i."docNo", ''), i."indexNo", i."body"
FROM "ItemSearchKey" k JOIN "Item" i ON i."id" = k."itemId";

CREATE TRIGGER "Item_search_insert" AFTER INSERT ON "Item" BEGIN
    INSERT INTO "ItemSearchKey" ("itemId") VALUES (new."id");
    INSERT INTO "ItemSearch" ("rowid", "title", "docNo", "indexNo", "body")
    VALUES ((SELECT "key" FROM "ItemSearchKey" WHERE "itemId" = new."id"), new."title", coalesce(new."docNo", ''), new."indexNo", new."body");
END;

CREATE TRIGGER "Item_search_update" AFTER UPDATE OF "title", "docNo", "indexNo", "body" ON "Item" BEGIN
    DELETE FROM "ItemSearch" WHERE "rowid" = (SELECT "key" FROM "ItemSearchKey" WHERE "itemId" = old."id");
    DELETE FROM "ItemSearchPairs" WHERE "rowid" = (SELECT "key" FROM "ItemSearchKey" WHERE "itemId" = old."id");
    UPDATE "ItemSearchKey" SET "pairsIndexed" = 0 WHERE "itemId" = old."id";
    INSERT INTO "ItemSearch" ("rowid", "title", "docNo", "indexNo", "body")
    VALUES ((SELECT "key" FROM "ItemSearchKey" WHERE "itemId" = old."id"), new."title", coalesce(new."docNo", ''), new."indexNo", new."body");
END;

CREATE TRIGGER "Item_search_delete" AFTER DELETE ON "Item" BEGIN
    DELETE FROM "ItemSearch" WHERE "rowid" = (SELECT "key" FROM "ItemSearchKey" WHERE "itemId" = old."id");
    DELETE FROM "ItemSearchPairs" WHERE "rowid" = (SELECT "key" FROM "ItemSearchKey" WHERE "itemId" = old."id");
    DELETE FROM "ItemSearchKey" WHERE "itemId" = old."id";
END;
