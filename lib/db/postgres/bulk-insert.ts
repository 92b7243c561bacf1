// Bulk inserts of tagged articles into PostgreSQL: PostgreSQL's side of lib/db/bulk-insert.ts, the
// fast way to build a large benchmark database. Each table takes one multi-row INSERT per batch from
// arrays (unnest), and into an empty database the secondary indexes are built once after the load.
import pg from "pg";
import { statementBigrams } from "../bigrams";
import { personSpeakers, statementColumns, statementPassagePositions, type ArticleToLoad } from "../load";

/** The tables the load writes, whose secondary indexes are built after it when they start empty. */
const LOADED_TABLES = ["Article", "Passage", "Statement", "StatementBigram", "StatementTheme", "StatementTopic"];

type Row = Record<string, unknown>;

/** One INSERT of `rows` into `table`, each column sent as one array parameter of its type (or turned by `expressions`). */
async function insertRows(client: pg.Client, table: string, columns: Record<string, string>, rows: Row[], expressions: Record<string, string> = {}): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const arrays = names.map((name) => rows.map((row) => row[name] ?? null));
  const unnest = names.map((name, i) => `$${i + 1}::${columns[name]}[]`).join(", ");
  const selected = names.map((name) => expressions[name] ?? `"${name}"`).join(", ");
  await client.query(
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) SELECT ${selected} FROM unnest(${unnest}) AS "r"(${names.map((n) => `"${n}"`).join(", ")})`,
    arrays,
  );
}

/** `count` new ids from the table's id sequence, in order. */
async function nextIds(client: pg.Client, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const { rows } = await client.query<{ id: number }>(`SELECT nextval(pg_get_serial_sequence('"${table}"', 'id'))::integer AS "id" FROM generate_series(1, $1) ORDER BY 1`, [count]);
  return rows.map((r) => r.id);
}

/** Drops the secondary indexes of the loaded tables when they are all empty; returns what rebuilds them. */
async function deferIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ empty: boolean }>(`SELECT NOT EXISTS (SELECT 1 FROM "Article") AND NOT EXISTS (SELECT 1 FROM "Statement") AS "empty"`);
  if (!rows[0].empty) return [];
  const indexes = await client.query<{ name: string; definition: string }>(
    `SELECT c.relname AS "name", pg_get_indexdef(i.indexrelid) AS "definition"
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
     WHERE t.relname = ANY($1) AND t.relnamespace = current_schema()::regnamespace AND NOT i.indisprimary AND NOT i.indisunique`,
    [LOADED_TABLES],
  );
  for (const index of indexes.rows) await client.query(`DROP INDEX "${index.name}"`);
  return indexes.rows.map((index) => index.definition);
}

/**
 * Inserts the articles with the rows loadArticles writes; returns the statements inserted. Commits
 * every `articlesPerTransaction` articles. Into an empty database the secondary indexes are dropped
 * for the load and built after it: a load stopped midway leaves a database to empty and load again.
 */
export async function insertArticlesBulk(url: string, articles: Iterable<ArticleToLoad>, articlesPerTransaction = 1000): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const regionCodeByName = new Map((await client.query<{ code: string; name: string }>(`SELECT "code", "name" FROM "Region"`)).rows.map((r) => [r.name, r.code]));
    const knownThemes = new Set((await client.query<{ id: string }>(`SELECT "id" FROM "Theme"`)).rows.map((r) => r.id));
    const leaderIds = new Map((await client.query<{ id: number; name: string }>(`SELECT "id", "name" FROM "Leader"`)).rows.map((l) => [l.name, l.id]));
    const rebuild = await deferIndexes(client);

    let statements = 0;
    const insertBatch = async (batch: ArticleToLoad[]) => {
      if (batch.length === 0) return;
      await client.query("BEGIN");
      const articleIds = await nextIds(client, "Article", batch.length);
      await insertRows(
        client,
        "Article",
        { id: "integer", sourceFile: "text", title: "text", date: "text", contentHash: "text", content: "text" },
        batch.map((a, i) => ({ id: articleIds[i], sourceFile: a.sourceFile, title: a.tagged.title, date: a.tagged.date, contentHash: a.contentHash, content: a.content })),
      );
      const passageIds = await nextIds(client, "Passage", batch.reduce((n, a) => n + a.tagged.passages.length, 0));
      const passages: Row[] = [];
      const passageIdsByArticle = batch.map((a, i) => a.tagged.passages.map((p, position) => {
        const id = passageIds[passages.length];
        passages.push({ id, articleId: articleIds[i], position, startChar: p.start, endChar: p.end, text: p.text });
        return id;
      }));
      await insertRows(client, "Passage", { id: "integer", articleId: "integer", position: "integer", startChar: "integer", endChar: "integer", text: "text" }, passages);

      const newLeaders = [...new Set(batch.flatMap((a) => personSpeakers(a.tagged)))].filter((name) => !leaderIds.has(name));
      const newLeaderIds = await nextIds(client, "Leader", newLeaders.length);
      newLeaders.forEach((name, i) => leaderIds.set(name, newLeaderIds[i]));
      await insertRows(client, "Leader", { id: "integer", name: "text" }, newLeaders.map((name, i) => ({ id: newLeaderIds[i], name })));

      const statementIds = await nextIds(client, "Statement", batch.reduce((n, a) => n + a.tagged.statements.length, 0));
      const rows: Row[] = [];
      const bigrams: Row[] = [];
      const themes: Row[] = [];
      const topics: Row[] = [];
      batch.forEach(({ tagged }, i) => {
        const positions = statementPassagePositions(tagged);
        for (const [j, s] of tagged.statements.entries()) {
          const id = statementIds[rows.length];
          const position = positions[j];
          rows.push({
            id,
            articleId: articleIds[i],
            passageId: position === null ? null : passageIdsByArticle[i][position],
            regionCode: s.province ? (regionCodeByName.get(s.province) ?? null) : null,
            leaderId: s.speaker ? (leaderIds.get(s.speaker) ?? null) : null,
            ...statementColumns(s, tagged.date),
          });
          bigrams.push({ statementId: id, grams: statementBigrams(s.text) });
          for (const themeId of s.themes) if (knownThemes.has(themeId)) themes.push({ statementId: id, themeId });
          for (const topic of s.topics) topics.push({ statementId: id, topic });
        }
      });
      await insertRows(client, "Statement", STATEMENT_COLUMNS, rows);
      // The bigrams travel as one space-separated text each, as statementBigrams cuts them.
      await insertRows(client, "StatementBigram", { statementId: "integer", grams: "text" }, bigrams, { grams: `string_to_array("grams", ' ')` });
      await insertRows(client, "StatementTheme", { statementId: "integer", themeId: "text" }, themes);
      await insertRows(client, "StatementTopic", { statementId: "integer", topic: "integer" }, topics);
      await client.query("COMMIT");
      statements += rows.length;
    };

    // Pulls the articles as it goes, so a generated corpus is never held whole.
    let batch: ArticleToLoad[] = [];
    for (const article of articles) {
      batch.push(article);
      if (batch.length >= articlesPerTransaction) {
        await insertBatch(batch);
        batch = [];
      }
    }
    await insertBatch(batch);

    if (rebuild.length > 0) {
      await client.query(`SET maintenance_work_mem = '256MB'`);
      for (const definition of rebuild) await client.query(definition);
    }
    return statements;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

const STATEMENT_COLUMNS = {
  id: "integer",
  articleId: "integer",
  passageId: "integer",
  regionCode: "text",
  leaderId: "integer",
  speaker: "text",
  office: "text",
  level: "text",
  city: "text",
  date: "text",
  datePrecision: "text",
  cites: "text",
  text: "text",
  startChar: "integer",
  endChar: "integer",
  evidence: "text",
  kind: "text",
  topics: "text",
};
