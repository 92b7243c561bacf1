import { expect, test, type Page } from "@playwright/test";

// e2e/fixtures/hostile-articles/hostile-markup.txt is seeded into the e2e database: its title and
// statements carry a <script>, an <img onerror> and a javascript: link, each setting window.atlasPwned.

async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { atlasPwned?: string }).atlasPwned)).toBeUndefined();
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.locator("main img, main script, main style")).toHaveCount(0);
}

async function hostileArticleId(page: Page): Promise<number> {
  const response = await page.request.get("/api/statements?region=hubei&leader=应勇");
  const { statements } = (await response.json()) as { statements: { articleId: number; articleTitle: string | null }[] };
  const hostile = statements.find((s) => s.articleTitle?.includes("<script>"));
  expect(hostile, "the hostile fixture article is in the e2e database").toBeDefined();
  return hostile!.articleId;
}

test.describe("article text is data, never markup", () => {
  test.beforeEach(({ page }) => {
    page.on("dialog", (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
  });

  test("the article page shows the markup as text and runs none of it", async ({ page }) => {
    await page.goto(`/article/${await hostileArticleId(page)}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText('<script>window.atlasPwned = "title"');
    const text = page.getByTestId("article-text");
    await expect(text).toContainText(`<img src=x onerror="window.atlasPwned='statement'">`);
    await expect(text).toContainText(`<a href="javascript:window.atlasPwned='link'">`);
    await expect(text).toContainText("<style>body{display:none}</style>");
    await expect(page.locator("body")).toBeVisible();
    await expectInert(page);
  });

  // The hostile articles are seeded by absolute path (playwright.config.ts).
  test("the article page and the CSV cite the article, never the file it was loaded from", async ({ page }) => {
    const id = await hostileArticleId(page);
    await page.goto(`/article/${id}`);
    await expect(page.getByTestId("article-citation")).toContainText("outlet unknown");
    expect(await page.content()).not.toContain(process.cwd());
    expect(await page.content()).not.toContain("hostile-markup.txt");
    const csv = await (await page.request.get(`/api/statements?leader=${encodeURIComponent("应勇")}&format=csv`)).text();
    expect(csv).not.toContain("hostile-markup.txt");
    expect(csv).not.toContain(process.cwd());
  });

  test("statement lists show the markup as text and run none of it", async ({ page }) => {
    await page.goto("/province/hubei");
    await expect(page.getByTestId("statement").filter({ hasText: "<img src=x onerror=" })).not.toHaveCount(0);
    await expectInert(page);
    await page.getByTestId("statement").filter({ hasText: "<img src=x onerror=" }).first().getByRole("link", { name: /<script>/ }).click();
    await expect(page.getByTestId("article-text")).toBeVisible();
    await expectInert(page);
  });
});
