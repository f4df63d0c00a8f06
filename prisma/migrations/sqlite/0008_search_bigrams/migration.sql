-- Search from the indexes alone (issue 6: search p95 < 100 ms at 1,000,000 items). Two changes:
--
-- 1. The trigram index of 0002_item_search no longer keeps its own copy of the text (content = ''): the search
--    reads only "itemId" from it, once per match, and a row of that copy holds the whole body — finding the ids
--    of 2,000 matches took 6 ms, 2.5 ms without it, and the copy was ~0.9 KB an item (90 MB per 100,000 items).
--    contentless_unindexed keeps "itemId" (rows are tied to items by it, not rowid: Item's implicit rowid may
--    change on VACUUM); contentless_delete lets the triggers delete rows.
DROP TRIGGER "Item_search_insert";
DROP TRIGGER "Item_search_update";
DROP TRIGGER "Item_search_delete";
DROP TABLE "ItemSearch";

CREATE VIRTUAL TABLE "ItemSearch" USING fts5(
    "itemId" UNINDEXED,
    "title",
    "docNo",
    "indexNo",
    "body",
    content = '',
    contentless_delete = 1,
    contentless_unindexed = 1,
    tokenize = 'trigram'
);

INSERT INTO "ItemSearch" ("itemId", "title", "docNo", "indexNo", "body")
SELECT "id", "title", coalesce("docNo", ''), "indexNo", "body" FROM "Item";

CREATE TRIGGER "Item_search_insert" AFTER INSERT ON "Item" BEGIN
    INSERT INTO "ItemSearch" ("itemId", "title", "docNo", "indexNo", "body")
    VALUES (new."id", new."title", coalesce(new."docNo", ''), new."indexNo", new."body");
END;

CREATE TRIGGER "Item_search_update" AFTER UPDATE OF "title", "docNo", "indexNo", "body" ON "Item" BEGIN
    DELETE FROM "ItemSearch" WHERE "itemId" = old."id";
    INSERT INTO "ItemSearch" ("itemId", "title", "docNo", "indexNo", "body")
    VALUES (new."id", new."title", coalesce(new."docNo", ''), new."indexNo", new."body");
END;

CREATE TRIGGER "Item_search_delete" AFTER DELETE ON "Item" BEGIN
    DELETE FROM "ItemSearch" WHERE "itemId" = old."id";
END;

-- 2. Two-character search words (低保, 防汛 — most Chinese words) from an index instead of a LIKE scan of every item.
-- The trigram index of 0002_item_search cannot answer fewer than three characters. This table holds, per item, the
-- set of its overlapping two-character pieces ("bigrams") of title, 文号, 索引号 and body, so a two-character word
-- is one token lookup: '"低保"'.
-- - tokenize 'ascii': non-ASCII characters and ASCII letters and digits form tokens, anything else separates them,
--   ASCII letters fold to lower case (as LIKE does). The bigrams are joined by ',' (group_concat's separator), so
--   each bigram of two token characters is one token; a bigram with a separator in it yields at most a one-character
--   token, which no query asks for (lib/items/search.ts sends only bigrams of two token characters here).
-- - contentless like the trigram table above: the bigram text itself is not stored. detail = none: a one-token
--   query needs no positions.
-- - Filled by triggers, so every writer (the app, the importer's SQL, the bench generator) keeps it complete: the
--   bigrams are cut in SQL, one row of json_each per character position ('[0,0,…]' as long as the text).
CREATE VIRTUAL TABLE "ItemBigram" USING fts5(
    "itemId" UNINDEXED,
    "grams",
    content = '',
    contentless_delete = 1,
    contentless_unindexed = 1,
    tokenize = 'ascii',
    detail = none
);

INSERT INTO "ItemBigram" ("itemId", "grams")
SELECT t."id", group_concat(DISTINCT substr(t."text", j."key" + 1, 2))
FROM (SELECT "id", "title" || char(10) || coalesce("docNo", '') || char(10) || "indexNo" || char(10) || "body" AS "text" FROM "Item") t,
    json_each('[' || replace(hex(zeroblob(length(t."text") - 2)), '00', '0,') || '0]') j
GROUP BY t."id";

CREATE TRIGGER "Item_bigram_insert" AFTER INSERT ON "Item" BEGIN
    INSERT INTO "ItemBigram" ("itemId", "grams")
    SELECT new."id", group_concat(DISTINCT substr(t."text", j."key" + 1, 2))
    FROM (SELECT new."title" || char(10) || coalesce(new."docNo", '') || char(10) || new."indexNo" || char(10) || new."body" AS "text") t,
        json_each('[' || replace(hex(zeroblob(length(t."text") - 2)), '00', '0,') || '0]') j;
END;

-- Only when searched text changes: workflow steps (status, version …) leave the index alone.
CREATE TRIGGER "Item_bigram_update" AFTER UPDATE OF "title", "docNo", "indexNo", "body" ON "Item" BEGIN
    DELETE FROM "ItemBigram" WHERE "itemId" = old."id";
    INSERT INTO "ItemBigram" ("itemId", "grams")
    SELECT new."id", group_concat(DISTINCT substr(t."text", j."key" + 1, 2))
    FROM (SELECT new."title" || char(10) || coalesce(new."docNo", '') || char(10) || new."indexNo" || char(10) || new."body" AS "text") t,
        json_each('[' || replace(hex(zeroblob(length(t."text") - 2)), '00', '0,') || '0]') j;
END;

CREATE TRIGGER "Item_bigram_delete" AFTER DELETE ON "Item" BEGIN
    DELETE FROM "ItemBigram" WHERE "itemId" = old."id";
END;
