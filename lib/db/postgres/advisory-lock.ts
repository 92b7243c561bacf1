// One seed per PostgreSQL database at a time: a session advisory lock, held on a connection of its
// own for the whole seed. PostgreSQL drops it with the connection, so a seed killed with kill -9
// leaves nothing to clean up.
import pg from "pg";

/** The lock's key: any fixed number; the lock is per database. */
const SEED_LOCK_KEY = 7_210_318;

export type AdvisoryLock = { taken: true; release(): Promise<void> } | { taken: false; holder: number | null };

export async function takeSeedAdvisoryLock(url: string): Promise<AdvisoryLock> {
  const client = new pg.Client({ connectionString: url, application_name: "atlas seed" });
  await client.connect();
  // A connection error after the lock is taken (the server restarted) is the seed's database failure, reported by its own queries.
  client.on("error", () => {});
  try {
    const { rows } = await client.query<{ taken: boolean }>(`SELECT pg_try_advisory_lock($1) AS "taken"`, [SEED_LOCK_KEY]);
    if (rows[0].taken) return { taken: true, release: () => client.end() };
    const holder = await client.query<{ pid: number }>(
      `SELECT l."pid" FROM pg_locks l WHERE l."locktype" = 'advisory' AND l."objid" = $1 AND l."granted" AND l."database" = (SELECT "oid" FROM pg_database WHERE "datname" = current_database())`,
      [SEED_LOCK_KEY],
    );
    await client.end();
    return { taken: false, holder: holder.rows[0]?.pid ?? null };
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
}
