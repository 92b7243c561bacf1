import { expect, test } from "@playwright/test";

test.describe("a researcher checks what stands behind the numbers", () => {
  test("/data lists the outlets, years and regions of the articles loaded, adding up to the article count", async ({ page }) => {
    await page.goto("/data");
    await expect(page).toHaveTitle("The data behind the atlas · Directive Atlas");
    const totals = await page.getByTestId("data-totals").innerText();
    const articles = Number(/^([\d,]+) articles loaded/.exec(totals)?.[1].replace(/,/g, ""));
    expect(articles).toBeGreaterThan(0);

    const outlets = page.getByTestId("data-by-outlet");
    await expect(outlets.getByRole("rowheader", { name: "新华社", exact: true })).toBeVisible();
    await expect(outlets.getByRole("rowheader", { name: "新华网", exact: true })).toBeVisible();
    const counts = await outlets.getByTestId("outlet-row").evaluateAll((rows) => rows.map((row) => Number(row.querySelectorAll("td")[0].textContent)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(articles);

    await expect(page.getByTestId("data-by-year").getByRole("rowheader", { name: "2022" })).toBeVisible();
    await expect(page.getByTestId("data-by-region").getByRole("link", { name: "Henan" })).toBeVisible();
    await expect(page.getByTestId("data-without-region")).toContainText(/\d+ counted statements? without a region/);
    await expect(page.getByTestId("accuracy").getByRole("rowheader", { name: "province" })).toBeVisible();
    // The codebook names every column of the CSV, among them the citation's.
    const fields = await page.getByTestId("data-codebook").getByTestId("codebook-field").locator("code").allInnerTexts();
    expect(fields).toEqual(expect.arrayContaining(["source", "url", "articleDate", "city", "alsoIn", "themesEn"]));
  });

  test("a statement names its outlet, headline and date, links to its article, and Cite gives a citation", async ({ page }) => {
    await page.goto("/province/central?kind=all");
    const statement = page.getByTestId("statement").filter({ has: page.getByTestId("source-outlet").getByText("新华社", { exact: true }) }).first();
    await expect(statement.getByTestId("source-headline")).toHaveText(/中共中央政治局常务委员会召开会议/);
    await expect(statement.getByTestId("source-date")).toContainText("2022-03-17");
    await statement.getByTestId("cite").click();
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    });
    await expect(statement.getByTestId("citation")).toHaveText(`新华社. “中共中央政治局常务委员会召开会议 分析新冠肺炎疫情形势 部署从严抓好疫情防控工作.” 2022-03-17. (accessed ${today})`);

    await statement.getByTestId("source-headline").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/中共中央政治局常务委员会召开会议/);
    await expect(page.getByTestId("article-citation")).toContainText("新华社");
    await expect(page.getByTestId("article-citation")).not.toContainText("data/articles");
  });
});
