import { execFileSync } from "node:child_process";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { expect, test } from "@playwright/test";

test.describe("directives in every field", () => {
  test("the map's theme filter groups themes by CAP topic; a topic selects its statements", async ({ page }) => {
    await page.goto("/");
    const themeSelect = page.locator('select[name="theme"]');
    await expect(themeSelect.locator('optgroup[label="Government operations"] option[value="cap-20"]')).toHaveText("All of Government operations");
    await expect(themeSelect.locator('optgroup[label="Labor"] option[value="production-safety"]')).toHaveText("Production safety");
    await expect(themeSelect.locator('optgroup[label="Public lands and water management"] option[value="flood-control"]')).toHaveCount(1);

    await themeSelect.selectOption("cap-20");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/theme=cap-20/);
    const central = page.getByTestId("central-panel").getByTestId("statement");
    await expect(central.first()).toBeVisible();
    // Every statement listed is a directive on the topic: none without it, none of another kind.
    await expect(central.filter({ hasNot: page.getByTestId("statement-topic").filter({ hasText: "Government operations" }) })).toHaveCount(0);
    await expect(page.getByTestId("central-panel").locator('[data-testid="statement"]:not([data-kind="directive"])')).toHaveCount(0);
  });

  test("the pages count directives unless switched to all statements", async ({ page }) => {
    await page.goto("/province/liaoning");
    const directives = Number((await page.getByTestId("region-count").innerText()).match(/\d+/)![0]);
    await page.getByTestId("kind-switch").selectOption("all");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/kind=all/);
    const all = Number((await page.getByTestId("region-count").innerText()).match(/\d+/)![0]);
    expect(all).toBeGreaterThan(directives);
    // The attendance line is a procedural statement, shown only among all statements.
    const attendance = page.getByTestId("statement").filter({ hasText: "谭作钧、卢柯参加调研" });
    await expect(attendance).toHaveAttribute("data-kind", "procedural");
  });

  test("a region page shows a non-epidemic theme and says which phrase decided it", async ({ page }) => {
    await page.goto("/province/henan?theme=social-welfare");
    const statement = page.getByTestId("statement").first();
    await expect(statement.locator(".theme-chip").filter({ hasText: "Social welfare" })).toHaveCount(1);
    await statement.getByText("Why this tag").click();
    const evidence = statement.getByTestId("evidence");
    await expect(evidence.locator('[data-evidence="theme"]').filter({ hasText: /^Theme “Social welfare”: the text says “/ })).toHaveCount(1);
    await expect(evidence.locator('[data-evidence="statement-kind"]')).toHaveText(/^Directive: /);
    await expect(evidence).not.toContainText("carry-over");
  });

  test("the CSV carries kind, CAP topics and theme names in both languages", async ({ request }) => {
    const response = await request.get("/api/statements?theme=cap-20&format=csv&limit=1000");
    expect(response.ok()).toBe(true);
    const rows = parse((await response.text()).slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.topics.split("; ")).toContain("20");
    const partyBuilding = rows.find((r) => r.themes.split("; ").includes("party-building"))!;
    expect(partyBuilding.themesEn.split("; ")).toContain("Party building");
    expect(partyBuilding.themesZh.split("; ")).toContain("党的建设");
    expect(partyBuilding.topicsZh.split("; ")).toContain("政府运作");
    expect(new Set(rows.map((r) => r.kind))).toContain("directive");

    const json = await (await request.get("/api/statements?kind=procedural&limit=1000")).json();
    expect(json.statements.length).toBeGreaterThan(0);
    expect(new Set(json.statements.map((s: { kind: string }) => s.kind))).toEqual(new Set(["procedural"]));
  });

  test("every region's latest item on the map is a directive", async ({ request }) => {
    const directives = await (await request.get("/api/statements?kind=directive&limit=10000")).json();
    const regionsWithStatements = new Set((await (await request.get("/api/statements?limit=10000")).json()).statements.map((s: { region: string | null }) => s.region));
    const regionsWithDirectives = new Set(directives.statements.map((s: { region: string | null }) => s.region));
    for (const region of regionsWithStatements) if (region) expect(regionsWithDirectives, `${region} has a directive`).toContain(region);
  });
});

// Three real reports outside the epidemic (from eval/sets/, with their pages' URLs): 湖北's flood
// control, 海南's production safety and forest fires, 山西's economic work. Loaded into the served
// database by this file's last tests, so no other spec sees them.
test.describe("a non-epidemic article set", () => {
  test.beforeAll(() => {
    execFileSync("npm", ["run", "--silent", "seed", "--", path.resolve("e2e/fixtures/field-articles"), "--quiet"], {
      // The served database: SQLite by default, PostgreSQL when scripts/test-postgres.sh names one.
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./test-results/e2e.db" },
      stdio: "pipe",
    });
  });

  test("its themes are on the map's filter, coloured on the map", async ({ page }) => {
    await page.goto("/");
    await page.locator('select[name="theme"]').selectOption("production-safety");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/theme=production-safety/);
    const map = page.getByTestId("china-map");
    await expect(map).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
    const counts = JSON.parse((await map.getAttribute("data-region-counts")) ?? "{}") as Record<string, number>;
    expect(counts["海南"]).toBeGreaterThan(0);
    expect(counts["湖北"]).toBe(0);
  });

  test("a region page lists its flood-control directives with the phrase that decided the theme", async ({ page }) => {
    await page.goto("/province/hubei?theme=flood-control");
    const statement = page.getByTestId("statement").first();
    await expect(statement).toHaveAttribute("data-kind", "directive");
    await expect(statement.locator(".theme-chip").filter({ hasText: "Flood control and drought relief" })).toHaveCount(1);
    await statement.getByText("Why this tag").click();
    await expect(statement.getByTestId("evidence").locator('[data-evidence="theme"]').filter({ hasText: /^Theme “Flood control and drought relief”: the text says “/ })).toHaveCount(1);
  });

  test("the CSV carries its economic-work directives with their theme in both languages and their source", async ({ request }) => {
    const response = await request.get("/api/statements?theme=economic-growth&region=shanxi&kind=directive&format=csv&limit=1000");
    expect(response.ok()).toBe(true);
    const rows = parse((await response.text()).slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.kind).toBe("directive");
      expect(row.themesEn.split("; ")).toContain("Economic operation and growth");
      expect(row.themesZh.split("; ")).toContain("经济运行");
      expect(row.url).toBe("http://epaper.sxrb.com/shtml/sxrb/20231229/936966.shtml");
    }
  });
});
