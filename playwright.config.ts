import { defineConfig, devices } from "@playwright/test";

// Tests run against a production build on its own database, seeded from the bundled articles
// and one hostile article (markup in its text, see e2e/hostile-article.spec.ts): a SQLite file, or
// the PostgreSQL database E2E_DATABASE_URL names (scripts/test-postgres.sh).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./test-results/e2e.db";

export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [["list"]],
  outputDir: "test-results/artifacts",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "on-first-retry",
    ...devices["Desktop Chrome"],
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      // Debian's Chromium: Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    command: `npm run --silent seed -- --reset --quiet && npm run --silent seed -- "$PWD/e2e/fixtures/hostile-articles" --quiet && npm run --silent build && WEB_WORKERS=1 node --import tsx scripts/serve-cluster.mjs -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    // Seeding and building take minutes on a machine shared with other builds.
    timeout: 900_000,
    reuseExistingServer: false,
    env: { DATABASE_URL: E2E_DATABASE_URL },
    stdout: "pipe",
  },
});
