// npm run seed [-- DIR] [--reset] [--if-empty]: tag every article in DIR and load it into the database
// DATABASE_URL names (a SQLite file by default, or PostgreSQL).
import path from "node:path";
import { Command } from "commander";
import { SingleBar, Presets } from "cli-progress";
import { createDatabase, type Database } from "@/lib/db/client";
import { databaseFailure } from "@/lib/db/failure";
import { emptyTarget, migrateTarget } from "@/lib/db/engine";
import { databaseFilePath, databaseTarget, targetName, type DatabaseTarget } from "@/lib/db/location";
import { countArticles, syncReferenceData } from "@/lib/db/load";
import { statementCountsByRegion } from "@/lib/db/queries";
import { listSeedFiles } from "@/lib/ingest/article-file";
import { referenceDataFrom } from "@/lib/ingest/reference-data";
import { completeDerivedTables, seedArticles, type FileResult, type SeedSummary } from "@/lib/ingest/seed";
import { acquireDatabaseSeedLock } from "@/lib/ingest/seed-lock";
import { SeedStoppedError, stopOnSignals } from "@/lib/ingest/seed-stop";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";

const DEFAULT_FOLDER = path.join("data", "articles");

const program = new Command()
  .name("seed")
  .description("Tag the articles of a folder and load them into the database.")
  .argument("[dir]", "folder of .txt/.md articles and .jsonl/.csv corpus files", DEFAULT_FOLDER)
  .option("--reset", "empty the database first and rebuild it from scratch")
  .option("--if-empty", "do nothing when the database already holds articles")
  .option("--quiet", "no progress bar, only the summary")
  .parse();

type SeedOptions = { reset?: boolean; ifEmpty?: boolean; quiet?: boolean };

/** Rebuilds what a load (or a seed killed before its rebuild) left stale, and says what it rebuilt. */
async function completeAndReport(db: Database, stop: AbortSignal): Promise<boolean> {
  const rebuilt = await completeDerivedTables(db, stop);
  if (rebuilt.stories) console.log(`Reprints: ${rebuilt.stories.reprints} article(s) reprint another, in ${rebuilt.stories.stories} story(ies) counted once.`);
  if (rebuilt.tally) console.log("Statement tally rebuilt.");
  if (rebuilt.echoes) console.log(`Directive clauses ${rebuilt.echoes.clauses}, echoes of central directives ${rebuilt.echoes.echoes}.`);
  return rebuilt.stories !== null || rebuilt.tally || rebuilt.echoes !== null;
}

async function main(): Promise<number> {
  const [dir] = program.args.length > 0 ? program.args : [DEFAULT_FOLDER];
  const options = program.opts<SeedOptions>();
  const target = databaseTarget();
  if (target.engine === "sqlite") databaseFilePath(); // refuses a read-only file, naming it
  const file = targetName(target);
  const lock = await acquireDatabaseSeedLock(target);
  const stop = stopOnSignals((exitCode) => {
    lock.release();
    console.error("seed ended at once by a second signal; the transaction in progress is rolled back");
    exitAfterOutput(exitCode);
  });
  // A database call whose promise never settles would let Node exit 0 with nothing said.
  const neverSettled = () => {
    lock.release();
    console.error(`seed failed: a call to the database ${file} never finished; the articles not reported loaded were not loaded`);
    exitAfterOutput(1);
  };
  process.once("beforeExit", neverSettled);
  try {
    return await seedDatabase(target, dir, options, stop.signal);
  } catch (error) {
    if (!(error instanceof SeedStoppedError)) throw error;
    console.error(`seed stopped: ${error.message}; what it loaded is complete, and a re-run loads the rest and rebuilds what depends on it`);
    return stop.exitCode();
  } finally {
    process.off("beforeExit", neverSettled);
    stop.dispose();
    lock.release();
  }
}

async function seedDatabase(target: DatabaseTarget, dir: string, options: SeedOptions, stop: AbortSignal): Promise<number> {
  const file = targetName(target);
  if (options.reset) await emptyTarget(target);
  await migrateTarget(target);

  const db = createDatabase({ target });
  try {
    if (options.ifEmpty && (await countArticles(db)) > 0) {
      if (!(await completeAndReport(db, stop))) console.log(`${file} already holds articles; nothing to do.`);
      return 0;
    }
    const knowledge = loadKnowledge();
    await syncReferenceData(db, referenceDataFrom(knowledge));

    const files = listSeedFiles(dir);
    const bar = process.stderr.isTTY && !options.quiet ? new SingleBar({ format: "{bar} {value}/{total} {file}", hideCursor: true }, Presets.shades_classic) : null;
    bar?.start(files.length, 0, { file: "" });
    const summary = await seedArticles(
      db,
      files,
      (raw, fileName, published) => tagArticle(raw, knowledge, { fileName, published }),
      (result: FileResult) => {
        if (result.outcome === "failed") {
          bar?.stop();
          console.error(`FAILED ${result.file}: ${result.reason}`);
          bar?.start(files.length, 0, { file: "" });
        }
        bar?.increment({ file: path.basename(result.file) });
      },
      stop,
    );
    bar?.stop();
    printSummary(summary);
    if (stop.aborted) throw stop.reason; // asked to stop: no list needed, a re-run loads the rest
    if (summary.stoppedBy) {
      for (const notLoaded of summary.notLoaded) console.error(`NOT LOADED ${notLoaded}`);
      console.error(`seed stopped: ${summary.stoppedBy}. ${summary.notLoaded.length} file(s) not loaded, named above; the articles reported loaded are complete.`);
      return 1;
    }
    await completeAndReport(db, stop);
    console.log(`In the database, by region:`);
    for (const row of await statementCountsByRegion(db)) console.log(`  ${row.name}\t${row.statements}`);
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

function printSummary(summary: SeedSummary): void {
  console.log(
    `Articles read ${summary.read}, loaded ${summary.loaded}, replaced ${summary.replaced}, skipped (already loaded) ${summary.skipped}, failed ${summary.failed.length}` +
      (summary.stoppedBy ? `, not loaded ${summary.notLoaded.length}.` : "."),
  );
  console.log(`Statements loaded now: ${summary.statementsLoaded}.`);
  for (const failure of summary.failed) console.error(`FAILED ${failure.file}: ${failure.reason}`);
}

/** Exits once stdout and stderr are written out: process.exit drops what a busy pipe has not taken yet. */
function exitAfterOutput(code: number): void {
  let open = 2;
  const written = () => --open === 0 && process.exit(code);
  process.stdout.write("", written);
  process.stderr.write("", written);
}

main().then(exitAfterOutput, (error: unknown) => {
  console.error(`seed failed: ${databaseFailure(error) ?? (error instanceof Error ? error.message : String(error))}`);
  exitAfterOutput(1);
});
