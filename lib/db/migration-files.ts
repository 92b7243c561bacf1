// The migration folders (prisma/migrations, prisma/postgres/migrations) not yet applied, in order.
import { readdirSync } from "node:fs";

export function pendingMigrations(migrationsDir: string, applied: ReadonlySet<string>): string[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !applied.has(entry.name))
    .map((entry) => entry.name)
    .sort();
}
