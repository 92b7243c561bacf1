-- Full-text search over statement text (SQLite FTS5; not part of the Prisma schema).
-- The trigram tokenizer matches any substring of three or more characters, which suits Chinese,
-- where words are not separated by spaces. Triggers keep the index in step with "Statement".
CREATE VIRTUAL TABLE "StatementSearch" USING fts5("text", content="Statement", content_rowid="id", tokenize="trigram");

CREATE TRIGGER "Statement_search_insert" AFTER INSERT ON "Statement" BEGIN
  INSERT INTO "StatementSearch" ("rowid", "text") VALUES (new."id", new."text");
END;

CREATE TRIGGER "Statement_search_delete" AFTER DELETE ON "Statement" BEGIN
  INSERT INTO "StatementSearch" ("StatementSearch", "rowid", "text") VALUES ('delete', old."id", old."text");
END;

CREATE TRIGGER "Statement_search_update" AFTER UPDATE OF "text" ON "Statement" BEGIN
  INSERT INTO "StatementSearch" ("StatementSearch", "rowid", "text") VALUES ('delete', old."id", old."text");
  INSERT INTO "StatementSearch" ("rowid", "text") VALUES (new."id", new."text");
END;

-- Statements loaded before this migration.
INSERT INTO "StatementSearch" ("StatementSearch") VALUES ('rebuild');
