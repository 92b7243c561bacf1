import { expect, test, type Page } from "@playwright/test";

type Panel = { label: string; from: string; to: string; counts: Record<string, number> };

async function panelsDrawn(page: Page): Promise<Panel[]> {
  const multiples = page.getByTestId("small-multiples");
  await expect(multiples).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
  return JSON.parse((await multiples.getAttribute("data-panels")) ?? "[]") as Panel[];
}

test.describe("small multiples", () => {
  test("the view switch shows a small map per year for the filters, the years adding up to the map", async ({ page }, testInfo) => {
    await page.goto("/?theme=cap-3");
    const map = page.getByTestId("china-map");
    await expect(map).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
    const all = JSON.parse((await map.getAttribute("data-region-counts")) ?? "{}") as Record<string, number>;

    await page.getByTestId("view-switch").getByRole("link", { name: "Small multiples" }).click();
    await expect(page).toHaveURL(/theme=cap-3.*view=multiples/);
    await expect(page.getByTestId("view-switch").getByRole("link", { name: "Small multiples" })).toHaveAttribute("aria-current", "page");
    const panels = await panelsDrawn(page);
    const years = panels.map((p) => Number(p.label));
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual(years.map((_, i) => years[0] + i)); // every year, those without statements too
    expect(new Set(panels.map((p) => JSON.stringify(p.counts))).size).toBeGreaterThan(1);

    // Every dated statement falls in one year: the panels add up to the map of all years, less undated ones.
    const summed: Record<string, number> = {};
    for (const panel of panels) for (const [code, n] of Object.entries(panel.counts)) summed[code] = (summed[code] ?? 0) + n;
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total(summed)).toBeGreaterThan(0);
    expect(total(summed)).toBeLessThanOrEqual(total(all));
    await page.getByTestId("small-multiples").screenshot({ path: testInfo.outputPath("small-multiples.png") });

    // The filters stay in the view.
    await page.getByRole("form", { name: "Filters" }).getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/view=multiples/);

    await page.getByTestId("view-switch").getByRole("link", { name: "Map" }).click();
    await expect(page).not.toHaveURL(/view=/);
    await expect(page.getByTestId("period-control")).toBeVisible();
  });

  test("a year's filters leave only its panels", async ({ page }) => {
    await page.goto("/?view=multiples&from=2022-01-01&to=2022-12-31");
    const panels = await panelsDrawn(page);
    expect(panels.map((p) => p.label)).toEqual(["2022 H1", "2022 H2"]);
  });

  test("an unknown view is named", async ({ page }) => {
    await page.goto("/?view=globe");
    await expect(page.getByText("view: must be one of: map, multiples")).toBeVisible();
  });
});
