-- Full-text search over items (title, 文号, 索引号, body) for the public catalogue.
-- FTS5 with the trigram tokenizer matches any substring of three or more characters, which suits Chinese
-- text with no word boundaries; lib/items/search.ts falls back to LIKE on these columns for shorter words.
-- The index keeps its own copy of the text (not external content): Item has a TEXT primary key, and its
-- implicit rowid may change on VACUUM, so rows are tied to items by "itemId" instead.
CREATE VIRTUAL TABLE "ItemSearch" USING fts5(
    "itemId" UNINDEXED,
    "title",
    "docNo",
    "indexNo",
    "body",
    tokenize = 'trigram'
);

INSERT INTO "ItemSearch" ("itemId", "title", "docNo", "indexNo", "body")
SELECT "id", "title", coalesce("docNo", ''), "indexNo", "body" FROM "Item";

CREATE TRIGGER "Item_search_insert" AFTER INSERT ON "Item" BEGIN
    INSERT INTO "ItemSearch" ("itemId", "title", "docNo", "indexNo", "body")
    VALUES (new."id", new."title", coalesce(new."docNo", ''), new."indexNo", new."body");
END;

-- Only when searched text changes: workflow steps (status, version …) leave the index alone.
CREATE TRIGGER "Item_search_update" AFTER UPDATE OF "title", "docNo", "indexNo", "body" ON "Item" BEGIN
    DELETE FROM "ItemSearch" WHERE "itemId" = old."id";
    INSERT INTO "ItemSearch" ("itemId", "title", "docNo", "indexNo", "body")
    VALUES (new."id", new."title", coalesce(new."docNo", ''), new."indexNo", new."body");
END;

-- Items are never deleted by the application; this keeps the index right if one is removed by hand.
CREATE TRIGGER "Item_search_delete" AFTER DELETE ON "Item" BEGIN
    DELETE FROM "ItemSearch" WHERE "itemId" = old."id";
END;
