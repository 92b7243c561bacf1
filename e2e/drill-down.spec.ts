import { expect, test } from "@playwright/test";

test.describe("drilling into a leader and an article", () => {
  test("from 河南's page, open 楼阳生: posts with dates, regions, themes and his statements", async ({ page }) => {
    await page.goto("/province/henan");
    await page.getByTestId("statement").getByRole("link", { name: "楼阳生" }).first().click();
    await expect(page).toHaveURL(/\/leader\/\d+$/);
    // In English: his name in pinyin beside the characters, his offices translated.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lou Yangsheng 楼阳生");
    const posts = page.getByTestId("posts");
    await expect(posts).toContainText("山西 Provincial Party Secretary");
    await expect(posts).toContainText("河南 Provincial Party Secretary, 2021-06-01");
    await expect(page.getByTestId("regions")).toContainText("河南");
    await expect(page.getByTestId("theme-profile").locator("tr")).not.toHaveCount(0);
    const statements = page.getByTestId("statement");
    await expect(statements.first()).toBeVisible();
    expect(await statements.filter({ hasNotText: "楼阳生" }).count()).toBe(0);
  });

  test("open a statement's source article and see every statement highlighted in its speaker's colour", async ({ page }) => {
    await page.goto("/province/henan");
    const statement = page.getByTestId("statement").filter({ hasText: "王凯指出" });
    await statement.getByRole("link", { name: /楼阳生在省委/ }).click();
    await expect(page).toHaveURL(/\/article\/\d+#s-\d+$/);
    const marks = page.getByTestId("highlighted-statement");
    expect(await marks.count()).toBeGreaterThan(10);
    const target = page.locator(new URL(page.url()).hash);
    await expect(target).toContainText("王凯指出");
    await expect(target).toHaveAttribute("data-speaker", "王凯");
    const colourOf = async (speaker: string) =>
      page.locator(`[data-testid="highlighted-statement"][data-speaker="${speaker}"]`).first().evaluate((el) => getComputedStyle(el).borderBottomColor);
    expect(await colourOf("楼阳生")).not.toBe(await colourOf("王凯"));
  });

  test.describe("bad ids give the not-found page", () => {
    for (const path of ["/leader/0", "/leader/abc", "/article/99999999", "/article/1e3", "/leader/%27%20OR%201=1"]) {
      test(path, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
      });
    }
  });
});
