import { expect, test, type Page } from "@playwright/test";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function noSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(widths.page, "the page is no wider than the screen").toBeLessThanOrEqual(widths.viewport);
}

/** Each name is set on one line: no name broken mid-word. */
async function namesOnOneLine(page: Page) {
  const broken = await page.locator(".person-name").evaluateAll((names) =>
    names.filter((name) => {
      const lines = new Set([...name.getClientRects()].map((r) => Math.round(r.top)));
      return lines.size > 1;
    }).map((name) => name.textContent),
  );
  expect(broken).toEqual([]);
}

test.describe("on a phone (390×844)", () => {
  test("the map is in the first screen, the filters fold behind one control, and a tap shows the tooltip with an open link", async ({ page }, testInfo) => {
    await page.goto("/");
    const map = page.getByTestId("china-map");
    await expect(map).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
    const box = await map.boundingBox();
    expect(box!.y + box!.height / 2, "the map's middle is on the first screen").toBeLessThan(844);
    expect(box!.width).toBeLessThanOrEqual(390);

    const filters = page.getByRole("form", { name: "Filters" });
    await expect(filters).toBeHidden();
    await page.getByTestId("filters-toggle").tap();
    await expect(filters).toBeVisible();
    await expect(filters.getByLabel("Theme")).toBeVisible();
    await page.getByTestId("filters-toggle").tap();
    await expect(filters).toBeHidden();
    await noSidewaysScroll(page);
    await page.screenshot({ path: testInfo.outputPath("phone-map.png") });

    const points = JSON.parse((await map.getAttribute("data-region-points")) ?? "{}") as Record<string, [number, number]>;
    const mapBox = (await map.boundingBox())!;
    const [x, y] = points["河南"];
    await page.touchscreen.tap(mapBox.x + x, mapBox.y + y);
    const tooltip = page.locator(".map-tooltip");
    await expect(tooltip).toBeVisible();
    await expect(tooltip.locator('[data-region="河南"]')).toBeVisible();
    await expect(page).toHaveURL(/\/$/); // the tap did not leave the map
    const open = tooltip.getByRole("link", { name: "Open Henan" });
    await open.tap();
    await expect(page).toHaveURL(/\/province\/henan$/, { timeout: 30_000 });
  });

  for (const path of ["/province/henan", "/compare?regions=henan,jiangsu,central", "/search?q=疫情"]) {
    test(`${path}: no sideways scrolling, no name broken mid-word`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }).or(page.getByRole("heading", { level: 2 })).first()).toBeVisible();
      await noSidewaysScroll(page);
      await namesOnOneLine(page);
    });
  }

  test("a leader's page: no sideways scrolling, names on one line", async ({ page }) => {
    await page.goto("/province/henan");
    await page.getByTestId("filters-toggle").isVisible();
    const href = await page.getByTestId("region-posts").getByRole("link").first().getAttribute("href");
    await page.goto(href!);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await noSidewaysScroll(page);
    await namesOnOneLine(page);
  });
});
