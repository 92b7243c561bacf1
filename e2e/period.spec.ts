import { expect, test, type Page } from "@playwright/test";

/** The statements per region the map draws, once it has drawn them. */
async function mapCounts(page: Page): Promise<Record<string, number>> {
  const map = page.getByTestId("china-map");
  await expect(map).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
  return JSON.parse((await map.getAttribute("data-region-counts")) ?? "{}") as Record<string, number>;
}

test.describe("time on the map", () => {
  test("stepping through the years redraws the map and the central panel, the year in the URL", async ({ page }) => {
    await page.goto("/");
    const control = page.getByTestId("period-control");
    const years = await control.getByTestId("period-year").allInnerTexts();
    expect(years.length).toBeGreaterThan(1);
    expect(years.map(Number)).toEqual(years.map((_, i) => Number(years[0]) + i));
    const all = await mapCounts(page);

    const seen: string[] = [];
    for (const year of years) {
      await control.getByRole("button", { name: year, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`from=${year}-01-01&to=${year}-12-31`));
      await expect(control).toHaveAttribute("data-year", year);
      const counts = await mapCounts(page);
      // A year's counts are part of all years' counts.
      for (const [region, n] of Object.entries(counts)) expect(n).toBeLessThanOrEqual(all[region] ?? 0);
      seen.push(JSON.stringify(counts));
      // The central panel shows only the year's statements.
      for (const date of await page.getByTestId("central-panel").getByTestId("statement").locator(".statement-meta").allInnerTexts()) {
        const iso = date.match(/\d{4}-\d{2}-\d{2}/)?.[0];
        if (iso) expect(iso.startsWith(year)).toBe(true);
      }
    }
    expect(new Set(seen).size).toBeGreaterThan(1);
    await expect(page.getByLabel("From")).toHaveValue(`${years.at(-1)}-01-01`);

    await control.getByRole("button", { name: "All years" }).click();
    await expect(page).not.toHaveURL(/from=/);
    expect(await mapCounts(page)).toEqual(all);
  });

  test("play steps year by year to the last and stops", async ({ page }) => {
    await page.goto("/?theme=cap-3");
    const control = page.getByTestId("period-control");
    const years = await control.getByTestId("period-year").allInnerTexts();
    const shown: string[] = [];
    page.on("framenavigated", (frame) => {
      const year = new URL(frame.url()).searchParams.get("from")?.slice(0, 4);
      if (frame === page.mainFrame() && year && shown.at(-1) !== year) shown.push(year);
    });
    const play = control.getByTestId("period-play");
    await play.click();
    await expect(play).toHaveAttribute("aria-pressed", "true");
    await expect(control).toHaveAttribute("data-year", years.at(-1)!, { timeout: 30_000 });
    await expect(play).toHaveAttribute("aria-pressed", "false", { timeout: 10_000 });
    await expect(play).toHaveText(/Play/);
    expect(shown).toEqual(years);
    // The other filters stay as they were.
    await expect(page).toHaveURL(new RegExp(`theme=cap-3.*from=${years.at(-1)}-01-01`));
  });
});
