import { expect, test } from "@playwright/test";

test.describe("links and language", () => {
  test("each page has its own title", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle("Map · Directive Atlas");
    await page.goto("/province/henan");
    await expect(page).toHaveTitle("Henan · Directive Atlas");
    await page.goto("/compare?regions=henan,jiangsu");
    await expect(page).toHaveTitle("Henan · Jiangsu · Compare regions · Directive Atlas");
    await page.goto("/search?q=监测预警");
    await expect(page).toHaveTitle("监测预警 · Search · Directive Atlas");
    await page.goto("/leader/1");
    await expect(page).not.toHaveTitle("Directive Atlas");
    await expect(page).toHaveTitle(/ · Directive Atlas$/);
  });

  test("?lang= overrides the cookie and stays in the links the page renders", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "lang", value: "en", url: baseURL! }]);
    await page.goto("/province/henan?lang=zh");
    await expect(page).toHaveTitle("河南省 · 指令地图");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("河南省");
    // Links, the filter form and the header's search all keep the language.
    const leaderLink = page.getByTestId("region-posts").getByRole("link", { name: "楼阳生" });
    await expect(leaderLink).toHaveAttribute("href", /[?&]lang=zh/);
    await expect(page.locator('form.filter-bar input[name="lang"]')).toHaveValue("zh");
    await leaderLink.click();
    await expect(page).toHaveURL(/\/leader\/\d+\?lang=zh/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await page.getByRole("link", { name: "地图", exact: true }).click();
    await expect(page).toHaveURL(/\/\?lang=zh$/);
    await expect(page).toHaveTitle("地图 · 指令地图");
    // Without ?lang= the cookie speaks again.
    await page.goto("/province/henan");
    await expect(page).toHaveTitle("Henan · Directive Atlas");
    // The toggle switches a view asked for in one language.
    await page.goto("/compare?regions=henan,jiangsu&lang=zh");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page).toHaveURL(/lang=en/);
    await expect(page).toHaveTitle(/Compare regions/);
  });

  test("a filter form's empty fields are left out of the address", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Theme" }).selectOption("flood-control");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/\?theme=flood-control&kind=directive$/);
    await page.goto("/province/henan?theme=&level=&kind=all&from=");
    await expect(page).toHaveURL(/\/province\/henan\?kind=all$/);
  });

  test("regions by code, Chinese name or adcode; an unknown one is named", async ({ page }) => {
    await page.goto("/compare?regions=河南,江苏,中央");
    await expect(page.getByTestId("compare-column")).toHaveCount(3);
    await expect(page.getByTestId("compare-column").nth(2)).toHaveAttribute("data-region", "central");
    await page.goto("/compare?regions=河南,nowhere");
    await expect(page.locator("main")).toContainText('unknown region "nowhere"');
    await page.goto("/province/410000");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Henan");
    await page.goto(`/province/${encodeURIComponent("江苏")}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Jiangsu");
    const api = await page.request.get(`/api/statements?region=${encodeURIComponent("河南")}&limit=1`);
    expect(api.status()).toBe(200);
    const bad = await page.request.get("/api/statements?region=nowhere");
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain('unknown region "nowhere"');
  });

  test("the site has an icon", async ({ page }) => {
    await page.goto("/");
    const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(href).toMatch(/icon/);
    const icon = await page.request.get(href!);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  });
});
