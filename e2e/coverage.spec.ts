import { expect, test, type Page } from "@playwright/test";

/** Opens the map at `path`, waits until it is drawn, and returns each region's state and on-screen point. */
async function drawnMap(page: Page, path: string) {
  await page.goto(path);
  const map = page.getByTestId("china-map");
  await expect(map).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
  const box = (await map.boundingBox())!;
  const points = JSON.parse((await map.getAttribute("data-region-points")) ?? "{}") as Record<string, [number, number]>;
  return {
    states: JSON.parse((await map.getAttribute("data-region-states")) ?? "{}") as Record<string, string>,
    counts: JSON.parse((await map.getAttribute("data-region-counts")) ?? "{}") as Record<string, number>,
    pointOf: (name: string) => [box.x + points[name][0], box.y + points[name][1]] as const,
  };
}

test.describe("coverage on the map", () => {
  test("the legend has a swatch for no articles, for articles without a match, and for counts", async ({ page }) => {
    await drawnMap(page, "/");
    const legend = page.getByTestId("coverage-legend");
    for (const [state, text] of [
      ["no-articles", "No articles from the region in this period"],
      ["no-match", "Articles, but no matching statement"],
      ["counted", /^Directives: 1 to \d+$/],
    ] as const) {
      const item = legend.locator(`li[data-state="${state}"]`);
      await expect(item).toHaveText(text);
      await expect(item.locator(".swatch")).toBeVisible();
    }
  });

  test("a region without articles is drawn as no data, one whose articles hold no match as such", async ({ page }) => {
    // 福建's one article holds a directive but no procedural line; no article speaks for 西藏.
    const map = await drawnMap(page, "/?kind=procedural");
    expect(map.states["西藏"]).toBe("no-articles");
    expect(map.states["福建"]).toBe("no-match");
    expect(map.states["河南"]).toBe("counted");
    await page.mouse.move(...map.pointOf("西藏"));
    await expect(page.locator(".map-tooltip .tip-coverage")).toHaveText("No data: no article from this region in this period");
    await page.mouse.move(...map.pointOf("福建"));
    await expect(page.locator(".map-tooltip .tip-coverage")).toHaveText("1 article loaded from here in this period");
  });

  test("the period of the data loaded is shown, and the view's", async ({ page }) => {
    await drawnMap(page, "/?from=2022-01-01&to=2022-12-31");
    await expect(page.getByTestId("data-period")).toHaveText(/^Data loaded: \d+ articles, dated 2020-02-03 to 20\d\d-\d\d-\d\d; this view: 2022-01-01 to 2022-12-31$/);
  });

  test("the mode control colours by articles loaded, then directives per story, and the URL keeps it", async ({ page }) => {
    await drawnMap(page, "/");
    await page.getByTestId("map-mode").getByRole("link", { name: "Articles loaded" }).click();
    await expect(page).toHaveURL(/[?&]mode=coverage(&|$)/);
    await expect(page.getByTestId("china-map")).toHaveAttribute("data-render-finished", "true");
    await expect(page.getByTestId("coverage-legend").locator('li[data-state="counted"]')).toHaveText(/^Articles loaded: 1 to \d+$/);
    await expect(page.getByTestId("coverage-legend").locator('li[data-state="no-match"]')).toHaveCount(0);

    await page.getByTestId("map-mode").getByRole("link", { name: "Directives per story" }).click();
    await expect(page).toHaveURL(/[?&]mode=per-article(&|$)/);
    const map = await drawnMap(page, page.url());
    // 河南: ten directives in its one story.
    await page.mouse.move(...map.pointOf("河南"));
    await expect(page.locator(".map-tooltip .tip-coverage")).toContainText("10 ÷ 1 story = 10.00");

    // Applying a filter keeps the mode.
    await page.getByRole("combobox", { name: "Level" }).selectOption("provincial");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/mode=per-article/);
    await expect(page).toHaveURL(/level=provincial/);
  });

  test("an unknown theme, leader or mode says so instead of drawing a map of zeros", async ({ page }) => {
    for (const [query, said] of [
      ["theme=nonsense", 'there is no theme "nonsense"'],
      ["leader=" + encodeURIComponent("无名氏"), 'no statement by "无名氏" is loaded'],
      ["mode=density", "mode: must be one of count, coverage, per-article"],
    ]) {
      await page.goto(`/?${query}`);
      await expect(page.getByRole("main").getByRole("alert")).toContainText(said);
      await expect(page.getByTestId("china-map")).toHaveCount(0);
    }
  });

  test("the leader field suggests the speakers loaded as you type", async ({ page }) => {
    await drawnMap(page, "/");
    // A field with suggestions is a combobox.
    const field = page.getByRole("combobox", { name: "Leader" });
    await expect(field).toHaveAttribute("list", "leader-names");
    const names = await page.locator("#leader-names option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(names).toContain("楼阳生");
    expect(names).toContain("应勇");
    await field.fill("楼阳生");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/leader=%E6%A5%BC%E9%98%B3%E7%94%9F/);
    await expect(page.getByTestId("china-map")).toHaveAttribute("data-render-finished", "true");
  });
});

test.describe("the panel dataset", () => {
  interface PanelJson {
    count: number;
    rows: Record<string, string | number | null>[];
  }

  test("has one row per province and month, and its directives add up to the map's", async ({ page, request }) => {
    const map = await drawnMap(page, "/");
    const panel = (await (await request.get("/api/panel?unit=province&period=month")).json()) as PanelJson;
    expect(panel.count).toBe(panel.rows.length);
    const keys = panel.rows.map((r) => `${r.region}|${r.period}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(panel.rows.every((r) => /^\d{4}-\d{2}$/.test(String(r.period)) && r.region !== "central")).toBe(true);
    const byName: Record<string, number> = {};
    for (const row of panel.rows) byName[String(row.regionName)] = (byName[String(row.regionName)] ?? 0) + Number(row.directives);
    for (const [name, count] of Object.entries(map.counts)) expect(byName[name] ?? 0, name).toBe(count);
    expect(panel.rows.find((r) => r.region === "henan" && r.period === "2022-11")).toMatchObject({ articles: 1, stories: 1, directives: 10, kind: "directive" });
  });

  test("downloads as CSV from the map page, under the view's filters", async ({ page, request }) => {
    await drawnMap(page, "/?level=provincial");
    const link = page.getByTestId("panel-download").locator('a[data-period="quarter"]');
    await expect(link).toHaveAttribute("href", "/api/panel?kind=directive&level=provincial&unit=province&period=quarter&format=csv");
    const csv = await (await request.get((await link.getAttribute("href"))!)).text();
    const [header, ...lines] = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(header).toMatch(/^region,regionName,regionNameEn,adcode,period,periodStart,periodEnd,articles,stories,kind,directives,cap_1,.*,echoes,medianLagDays$/);
    expect(lines.some((line) => line.startsWith("henan,河南,Henan,410000,2022-Q4,2022-10-01,2022-12-31,1,1,directive,"))).toBe(true);
  });

  test("gives years unless asked, and refuses an unknown period, unit or theme with a message", async ({ request }) => {
    const years = (await (await request.get("/api/panel")).json()) as PanelJson & { unit: string; period: string };
    expect([years.unit, years.period]).toEqual(["province", "year"]);
    expect(years.rows.every((r) => /^\d{4}$/.test(String(r.period)))).toBe(true);
    for (const [query, said] of [
      ["unit=province&period=week", "period: must be one of month, quarter, year"],
      ["unit=city&period=month", "unit: must be province"],
      ["period=month&theme=nonsense", 'there is no theme "nonsense"'],
      ["period=month&limit=10", "unknown parameter limit"],
      ["period=month&period=year", "period: give it once, not 2 times"],
    ]) {
      const response = await request.get(`/api/panel?${query}`);
      expect(response.status(), query).toBe(400);
      expect(((await response.json()) as { error: string }).error).toContain(said);
    }
  });
});
