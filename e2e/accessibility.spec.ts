import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** Serious and critical violations of WCAG 2.1 A and AA on the page shown, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  await expect(page.locator("main")).toBeVisible();
  // The lazily loaded charts replace their placeholders: check the page once they have.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")}`);
}

/** A record page's address, found the way a reader finds it. */
const recordPages: Record<string, (page: Page) => Promise<string>> = {
  "a leader's page": async (page) => {
    await page.goto("/province/henan");
    return (await page.getByTestId("region-posts").getByRole("link").first().getAttribute("href"))!;
  },
  "an article": async (page) => {
    await page.goto("/province/henan");
    return (await page.getByTestId("statement").first().locator('a[href^="/article/"]').first().getAttribute("href"))!.replace(/#.*/, "");
  },
  "a trace": async (page) => {
    await page.goto("/");
    return (await page.getByTestId("central-panel").getByTestId("trace-link").first().getAttribute("href"))!;
  },
};

test.describe("accessibility (axe-core)", () => {
  for (const path of ["/", "/?lang=zh", "/?view=multiples", "/province/henan", "/province/henan?lang=zh", "/compare?regions=henan,jiangsu,central", "/search?q=疫情"]) {
    test(`${path}: no serious or critical violation`, async ({ page }) => {
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  for (const [name, find] of Object.entries(recordPages)) {
    test(`${name}: no serious or critical violation`, async ({ page }) => {
      await page.goto(await find(page));
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test("the data page, where this version has one: no serious or critical violation", async ({ page }) => {
    const response = await page.goto("/data");
    test.skip(response?.status() === 404, "no /data page in this version");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
