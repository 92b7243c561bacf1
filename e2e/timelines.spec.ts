import { expect, test, type Page } from "@playwright/test";

type Day = [row: string, date: string, statements: number];

async function timelineDays(page: Page): Promise<Day[]> {
  const chart = page.getByTestId("timeline-chart");
  await expect(chart).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
  await expect(chart).toHaveAttribute("data-axis", "time");
  await expect(chart.locator("canvas")).toBeVisible();
  return JSON.parse((await chart.getAttribute("data-days")) ?? "[]") as Day[];
}

test.describe("timelines on a date axis", () => {
  test("the centre's timeline spans its years, a row per speaker, as many statements as the page lists", async ({ page }) => {
    await page.goto("/province/central");
    const days = await timelineDays(page);
    const years = new Set(days.map(([, date]) => date.slice(0, 4)));
    expect(years.size).toBeGreaterThan(1); // years apart, with the gap between them on the axis
    // The row carries the speaker's name as the page shows it: in pinyin for a known leader in English.
    const xi = days.find(([row]) => row === "Xi Jinping" || row === "习近平")?.[0];
    expect(xi).toBeDefined();
    const listed = await page.locator('[data-testid="leader-group"][data-speaker="习近平"]').getByTestId("statement").count();
    expect(days.filter(([row]) => row === xi).reduce((sum, [, , n]) => sum + n, 0)).toBe(listed);
  });

  test("a leader's timeline has a row per office held", async ({ page }) => {
    await page.goto("/province/henan");
    await page.getByTestId("region-posts").getByRole("link", { name: "楼阳生" }).first().click();
    await expect(page).toHaveURL(/\/leader\/\d+/, { timeout: 30_000 });
    const days = await timelineDays(page);
    expect(days.length).toBeGreaterThan(0);
    expect(days.every(([row]) => row === "Provincial Party Secretary")).toBe(true);
  });
});
