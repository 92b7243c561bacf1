import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";

async function renderedMapPoints(page: Page): Promise<Record<string, [number, number]>> {
  const map = page.getByTestId("china-map");
  await expect(map).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
  const box = (await map.boundingBox())!;
  const points = JSON.parse((await map.getAttribute("data-region-points")) ?? "{}") as Record<string, [number, number]>;
  return Object.fromEntries(Object.entries(points).map(([name, [x, y]]) => [name, [box.x + x, box.y + y]]));
}

test.describe("region page", () => {
  test("河南: leaders with tenures, themes, timeline, and the evidence behind a 楼阳生 statement", async ({ page }, testInfo) => {
    await page.goto("/province/henan");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Henan");
    const posts = page.getByTestId("region-posts");
    await expect(posts.getByRole("row").filter({ hasText: "楼阳生" })).toContainText(/Provincial Party Secretary\s*2021-06-01 – /);
    await expect(page.getByTestId("theme-breakdown").getByRole("row").first()).toBeVisible();
    await expect(page.getByTestId("timeline-chart")).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });

    const group = page.locator('[data-testid="leader-group"][data-speaker="楼阳生"]');
    await expect(group.getByRole("heading")).toContainText("楼阳生");
    const statement = group.getByTestId("statement").first();
    await statement.getByText("Why this tag").click();
    const evidence = statement.getByTestId("evidence");
    await expect(evidence.locator("li")).not.toHaveCount(0);
    await expect(evidence).toContainText("楼阳生");
    // Every statement in the group is 楼阳生's, in date order.
    const dates = await group.getByTestId("statement").locator(".statement-meta").allInnerTexts();
    const isoDates = dates.map((d) => d.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? "");
    expect(isoDates).toEqual([...isoDates].sort());

    // The directive inside a statement is set apart from who said it.
    const directive = group.getByTestId("statement").filter({ hasText: "楼阳生指出，要坚定不移" }).getByTestId("directive").first();
    await expect(directive).toHaveText(/^要坚定不移坚持人民至上/);

    await page.screenshot({ path: testInfo.outputPath("region-henan.png"), fullPage: false });
  });

  test("江苏's statements sit beside the central directive they followed, with the lag", async ({ page }) => {
    await page.goto("/province/jiangsu");
    const beside = page.getByTestId("beside-central");
    await expect(beside).toBeVisible();
    await expect(beside).toContainText("2022-03-17");
    await expect(beside).toContainText("same day");
  });

  test("新疆's page lists its echo of the central directive, the shared phrase marked", async ({ page }) => {
    await page.goto("/province/xinjiang");
    const echo = page.getByTestId("region-echo").first();
    await expect(echo).toContainText("马兴瑞");
    await expect(echo.getByTestId("shared-phrase").first()).toBeVisible();
    await echo.getByRole("link", { name: "trace" }).click();
    await expect(page).toHaveURL(/\/trace\/\d+/);
  });

  test("downloads the region's statements as CSV that parses back to what the page shows", async ({ page }) => {
    await page.goto("/province/jiangsu");
    const shown = Number((await page.getByTestId("region-count").innerText()).match(/\d+/)![0]);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
    expect(download.suggestedFilename()).toBe("statements-jiangsu.csv");
    const text = readFileSync((await download.path())!, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff); // BOM: Excel reads the file as UTF-8
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(shown);
    expect(new Set(rows.map((r) => r.region))).toEqual(new Set(["江苏"]));
  });
});

test.describe("compare", () => {
  test("shift-click 河南 and 江苏 on the map, add 中央, and read their themes aligned row by row", async ({ page }, testInfo) => {
    await page.goto("/");
    const points = await renderedMapPoints(page);
    await page.keyboard.down("Shift");
    await page.mouse.click(...points["河南"]);
    await page.mouse.click(...points["江苏"]);
    await page.keyboard.up("Shift");
    const tray = page.getByTestId("compare-tray");
    await expect(tray).toContainText("Henan");
    await expect(tray).toContainText("Jiangsu");
    await tray.getByRole("link", { name: "Open comparison" }).click();
    await expect(page).toHaveURL(/\/compare\?regions=henan,jiangsu$/);

    await page.getByTestId("compare-picker-2").selectOption("central");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/regions=henan&regions=jiangsu&regions=central/);
    const columns = page.getByTestId("compare-column");
    await expect(columns).toHaveCount(3);
    await expect(columns.nth(0)).toContainText("楼阳生");
    await expect(columns.nth(1)).toContainText("许昆林");
    await expect(columns.nth(2)).toContainText("习近平");
    await expect(columns.nth(1).getByTestId("compare-echo-speed")).toContainText("echoed 2, cited 0, not echoed though it had statements in the window");
    await expect(columns.nth(2).getByTestId("compare-echo-speed")).toHaveCount(0);

    // The first rows are themes that several regions spoke on; each row has one cell per region.
    const firstRow = page.getByTestId("compare-row").first();
    await expect(firstRow.locator(".compare-cell")).toHaveCount(3);
    expect(await firstRow.getByTestId("compare-statement").count()).toBeGreaterThanOrEqual(2);
    // Theme bars line up: every column lists the same themes in the same order.
    const order = async (i: number) => columns.nth(i).locator("tr[data-key]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-key")));
    expect(await order(0)).toEqual(await order(2));

    await page.screenshot({ path: testInfo.outputPath("compare.png"), fullPage: false });
  });

  test("the tooltip says what shift-click does, and shift-click again takes a region out", async ({ page }) => {
    await page.goto("/");
    const points = await renderedMapPoints(page);
    await page.mouse.move(...points["甘肃"]);
    await expect(page.locator(".map-tooltip")).toContainText("Shift-click: add to the comparison");
    await page.keyboard.down("Shift");
    await page.mouse.click(...points["甘肃"]);
    await expect(page.getByTestId("compare-tray")).toContainText("Gansu");
    await page.mouse.click(...points["甘肃"]);
    await page.keyboard.up("Shift");
    await expect(page.getByTestId("compare-tray")).not.toContainText("Gansu");
  });

  test("a bad selection gets a clear message", async ({ page }) => {
    const response = await page.goto("/compare?regions=henan,atlantis");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("main").getByRole("alert")).toContainText('unknown region "atlantis"');
  });
});

test.describe("search", () => {
  test("search 监测预警 from the header: matching statements, highlighted, filterable", async ({ page }) => {
    await page.goto("/leader/1");
    await page.getByRole("searchbox", { name: "Search statements" }).fill("监测预警");
    await page.getByRole("searchbox", { name: "Search statements" }).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    const results = page.getByTestId("statement");
    await expect(results.first()).toBeVisible();
    const count = await results.count();
    for (let i = 0; i < count; i++) await expect(results.nth(i).locator("mark").first()).toHaveText("监测预警");
    await expect(page.getByTestId("search-summary")).toContainText(`${count} statements`);
    await expect(results.filter({ hasText: "胡昌升" })).toHaveCount(1);

    await page.getByTestId("matches-by-region").getByRole("link", { name: "Gansu" }).click();
    await expect(page).toHaveURL(/region=gansu/);
    await expect(results).toHaveCount(1);
    await expect(results.first()).toContainText("胡昌升");
  });

  test("count=all counts every match, by region too; any other count is refused", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("疫情防控")}&count=all`);
    await expect(page.getByTestId("search-summary")).toContainText("statements containing “疫情防控”");
    await expect(page.getByTestId("count-all")).toHaveCount(0);
    await expect(page.getByTestId("matches-by-region")).toBeVisible();
    await page.goto(`/search?q=${encodeURIComponent("疫情防控")}&count=some`);
    await expect(page.getByRole("main").getByRole("alert")).toContainText('count: must be "all"');
  });

  test("traditional characters find simplified text", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("監測預警")}`);
    await expect(page.getByTestId("statement").first().locator("mark").first()).toHaveText("监测预警");
  });
});

test.describe("language and layout", () => {
  test("the 中文 toggle switches the interface and names, and stays after a reload", async ({ page }) => {
    await page.goto("/province/henan");
    await page.getByRole("button", { name: "切换到中文" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("河南省");
    await expect(page.getByRole("link", { name: "地图", exact: true })).toBeVisible();
    await expect(page.getByTestId("theme-breakdown")).toContainText("监测预警");
    await page.reload();
    await expect(page.getByRole("heading", { name: "按领导人分列的讲话" })).toBeVisible();
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.getByRole("heading", { name: "Statements by leader" })).toBeVisible();
  });

  test("on a phone, the map and pages fit the screen without sideways scrolling", async ({ browser }) => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    for (const path of ["/", "/province/henan", "/search?q=疫情", "/leader/1"]) {
      await phone.goto(path);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await phone.goto("/");
    await expect(phone.getByTestId("china-map")).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
    await phone.close();
  });
});

test.describe("bad query parameters on every page", () => {
  for (const path of [
    "/?level=village",
    "/?region=henan&region=hubei",
    "/province/henan?from=2022-02-30",
    "/province/henan?nonsense=1",
    "/search?q=%E7%96%AB&from=tomorrow",
    `/search?q=${"疫".repeat(300)}`,
    "/compare?regions=henan,henan",
    "/compare?regions=henan,jiangsu&theme=DROP%20TABLE",
  ]) {
    test(`${path.slice(0, 60)} explains the problem`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBeLessThan(500);
      const alert = page.getByRole("main").getByRole("alert");
      await expect(alert).toBeVisible();
      await expect(alert).not.toContainText("node_modules");
    });
  }

  for (const path of ["/province/atlantis", "/province/HENAN", "/leader/0", "/leader/abc", "/article/99999999", "/article/1e3"]) {
    test(`${path} is not found`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    });
  }
});
