// The README's screenshots (docs/screenshots/), taken from the served app in Playwright's Chromium:
// the map, a region page, a comparison and a trace, each as the first screen a reader sees.
//   npx tsx scripts/screenshots.ts [--base-url http://127.0.0.1:3000] [--out docs/screenshots]
// Serve a production build on the bundled articles first (npm run serve).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";

const { values: options } = parseArgs({
  options: {
    "base-url": { type: "string", default: "http://127.0.0.1:3000" },
    out: { type: "string", default: "docs/screenshots" },
  },
});
const VIEWPORT = { width: 1440, height: 900 };

/** Waits until every chart on the page has drawn: no lazy chart still loading, each with its "render finished" marker. */
async function chartsDrawn(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(
    () => document.querySelector('[aria-busy="true"]') === null && [...document.querySelectorAll('[data-testid$="map"], [data-testid="small-multiples"]')].every((chart) => chart.getAttribute("data-render-finished") === "true"),
    undefined,
    { timeout: 60_000 },
  );
}

async function shoot(page: Page, route: string, file: string): Promise<void> {
  const response = await page.goto(options["base-url"] + route);
  if (!response?.ok()) throw new Error(`${route}: the server answered ${response?.status() ?? "nothing"}`);
  await chartsDrawn(page);
  const target = path.join(options.out!, file);
  await page.screenshot({ path: target });
  console.log(`${target} ← ${route}`);
}

async function main(): Promise<void> {
  mkdirSync(options.out!, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: "en-US" });
    await shoot(page, "/", "map.png");
    await shoot(page, "/province/henan", "region-henan.png");
    await shoot(page, "/compare?regions=henan,jiangsu,central", "compare.png");
    // The first central directive that regions echoed, as the region pages link it.
    await page.goto(options["base-url"] + "/province/central");
    const trace = await page.locator('a[href^="/trace/"]').first().getAttribute("href");
    if (!trace) throw new Error("/province/central links no trace: is the database seeded with the bundled articles?");
    await shoot(page, trace, "trace.png");
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
