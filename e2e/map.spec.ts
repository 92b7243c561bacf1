import { expect, test, type Page } from "@playwright/test";

/** Waits for the chart's "render finished" marker and returns each region's on-screen point. */
async function renderedMap(page: Page, path = "/"): Promise<Record<string, [number, number]>> {
  await page.goto(path);
  return pointsOnScreen(page);
}

/** Where each region is drawn on the screen, once the map has rendered. */
async function pointsOnScreen(page: Page): Promise<Record<string, [number, number]>> {
  const map = page.getByTestId("china-map");
  await expect(map).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
  // The controls above the map push its south (香港, 澳门) below a 720-pixel screen: bring the map up.
  await map.evaluate((element) => element.scrollIntoView({ block: "start" }));
  const box = await map.boundingBox();
  const points = JSON.parse((await map.getAttribute("data-region-points")) ?? "{}") as Record<string, [number, number]>;
  // Chart pixels are relative to the chart; make them page coordinates.
  return Object.fromEntries(Object.entries(points).map(([name, [x, y]]) => [name, [box!.x + x, box!.y + y]]));
}

async function hoverRegion(page: Page, points: Record<string, [number, number]>, name: string) {
  const point = points[name];
  expect(point, `${name} has a point on the map`).toBeDefined();
  await page.mouse.move(point[0], point[1]);
  const tooltip = page.locator(".map-tooltip");
  await expect(tooltip).toBeVisible();
  await expect(tooltip.locator(`[data-region="${name}"]`)).toBeVisible();
  return tooltip;
}

test.describe("map of China", () => {
  for (const [width, height] of [[1280, 800], [1440, 900]]) {
    test(`at ${width}×${height} the map and the legend under it are on the first screen`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto("/");
      const map = page.getByTestId("china-map");
      await expect(map).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
      const box = (await map.boundingBox())!;
      const legend = (await page.getByTestId("coverage-legend").boundingBox())!;
      expect(box.y, "the controls above the map stay compact").toBeLessThan(height / 3);
      expect(box.height, "the map keeps a readable size").toBeGreaterThanOrEqual(420);
      expect(legend.y, "the legend is under the map").toBeGreaterThanOrEqual(box.y + box.height);
      expect(legend.y + legend.height, "the legend is on the first screen").toBeLessThanOrEqual(height);
    });
  }

  test("draws all 34 provincial-level regions and keeps a screenshot", async ({ page }, testInfo) => {
    const points = await renderedMap(page);
    expect(Object.keys(points)).toHaveLength(34);
    for (const name of ["台湾", "香港", "澳门", "海南", "西藏"]) expect(Object.keys(points)).toContain(name);
    const shot = await page.getByTestId("china-map").screenshot({ path: testInfo.outputPath("map.png") });
    await testInfo.attach("map", { body: shot, contentType: "image/png" });
  });

  test("hovering 吉林 shows 景俊海", async ({ page }) => {
    const points = await renderedMap(page);
    const tooltip = await hoverRegion(page, points, "吉林");
    await expect(tooltip).toContainText("Jilin");
    await expect(tooltip).toContainText("景俊海");
    await expect(tooltip).toContainText("省委书记");
  });

  test("hovering 上海 shows 陈吉宁, romanised for English readers", async ({ page }) => {
    const points = await renderedMap(page);
    const tooltip = await hoverRegion(page, points, "上海");
    await expect(tooltip).toContainText("Chen Jining");
  });

  test("in Chinese, the tooltip names 陈吉宁 in characters", async ({ page }) => {
    const points = await renderedMap(page, "/?lang=zh");
    const tooltip = await hoverRegion(page, points, "上海");
    await expect(tooltip).toContainText("陈吉宁");
    await expect(tooltip).toContainText("市委书记");
  });

  for (const [region, leaders] of [
    ["河南", ["Lou Yangsheng", "Wang Kai"]],
    ["江苏", ["Xu Kunlin"]],
    ["辽宁", ["Chen Qiufa", "Tang Yijun"]],
  ] as const) {
    test(`hovering ${region} shows ${leaders.join(" and ")}`, async ({ page }) => {
      const points = await renderedMap(page);
      const tooltip = await hoverRegion(page, points, region);
      for (const leader of leaders) await expect(tooltip).toContainText(leader);
    });
  }

  test("clicking 甘肃 opens its page with 胡昌升's statements", async ({ page }) => {
    const points = await renderedMap(page);
    await page.mouse.click(points["甘肃"][0], points["甘肃"][1]);
    await expect(page).toHaveURL(/\/province\/gansu$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("甘肃省");
    const statements = page.getByTestId("statement");
    await expect(statements.first()).toBeVisible();
    await expect(statements.filter({ hasText: "胡昌升" })).not.toHaveCount(0);
    const surveillance = statements.filter({ hasText: "要强化监测预警" });
    await expect(surveillance).toHaveCount(1);
    await expect(surveillance.getByLabel("Themes")).toContainText("Surveillance and early warning");
    await surveillance.getByText("Why this tag").click();
    await expect(surveillance.getByTestId("evidence")).toContainText("甘肃省委书记");
  });

  test("香港 and 澳门, too small to point at as shapes, are picked by their markers", async ({ page }) => {
    const points = await renderedMap(page);
    const tooltip = await hoverRegion(page, points, "香港");
    await expect(tooltip).toContainText("Hong Kong");
    await hoverRegion(page, points, "澳门");
    await page.mouse.click(points["澳门"][0], points["澳门"][1]);
    await expect(page).toHaveURL(/\/province\/macau$/);
  });

  test("the central panel lists 习近平", async ({ page }) => {
    await page.goto("/");
    const panel = page.getByTestId("central-panel");
    await expect(panel.getByTestId("statement").filter({ hasText: "习近平" }).first()).toBeVisible();
  });

  test("an unknown region gives the not-found page", async ({ page }) => {
    const response = await page.goto("/province/atlantis");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
});

test.describe("filters", () => {
  test("filtering by a theme changes the URL, the map and the central panel, and survives a reload", async ({ page }) => {
    await renderedMap(page);
    const centralBefore = await page.getByTestId("central-panel").getByTestId("statement").count();
    await page.getByRole("combobox", { name: "Theme" }).selectOption("research");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]theme=research(&|$)/);

    for (const reload of [false, true]) {
      if (reload) await page.reload();
      const map = page.getByTestId("china-map");
      await expect(map).toHaveAttribute("data-render-finished", "true");
      await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("research");
      const panel = page.getByTestId("central-panel").getByTestId("statement");
      const centralAfter = await panel.count();
      expect(centralAfter).toBeGreaterThan(0);
      expect(centralAfter).toBeLessThan(centralBefore);
      for (const chips of await panel.getByLabel("Themes").all()) await expect(chips).toContainText("Research");
    }

    // 河南 has statements, none on research: it is drawn as filtered to zero.
    const tooltip = await hoverRegion(page, await pointsOnScreen(page), "河南");
    await expect(tooltip).toContainText(/0 statements \(\d+ without filters\)/);
  });

  test("a bad filter in the URL gives a clear message, not an error page", async ({ page }) => {
    const response = await page.goto("/?from=2022-02-30");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "cannot be applied" })).toContainText("from: is not a real date");
  });
});
