import { expect, test } from "@playwright/test";

test.describe("figures for papers", () => {
  test("the map as SVG: title, filters and period, legend, source line and the view's URL", async ({ request, baseURL }) => {
    const response = await request.get("/api/map.svg?theme=cap-3&from=2022-01-01&to=2022-12-31");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/svg+xml");
    const svg = await response.text();
    expect(svg).toMatch(/^<svg[^>]*width="1200"/);
    expect(svg).toContain("Directives per region"); // title and legend title
    expect(svg).toContain("2022"); // the period
    expect(svg).toContain("Source: Directive Atlas");
    expect(svg).toContain(`${baseURL}/?theme=cap-3&amp;kind=directive&amp;from=2022-01-01&amp;to=2022-12-31`);
    // Regions are drawn, most in the legend's colours.
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(34);
    expect(svg.toLowerCase()).toMatch(/#(fde725|5ec962|21918c|3b528b|440154)|rgb\(/);

    const chinese = await (await request.get("/api/map.svg?lang=zh&kind=all")).text();
    expect(chinese).toContain("各地讲话数");
    expect(chinese).toContain("来源：指令地图");

    const bad = await request.get("/api/map.svg?from=2022-02-30");
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain("from: is not a real date");
  });

  test("the map as PNG opens as an image", async ({ page, request }) => {
    const response = await request.get("/api/map.png?theme=cap-3");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    expect(png.length).toBeGreaterThan(20_000);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The browser decodes it, at twice the SVG's width.
    await page.goto("/");
    const size = await page.evaluate(async () => {
      const image = new Image();
      image.src = "/api/map.png?theme=cap-3";
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    });
    expect(size).toEqual([2400, 1920]);
  });

  test("the map page offers the image beside the CSV, and a citation of the view", async ({ page }) => {
    await page.goto("/?theme=cap-3&from=2022-01-01&to=2022-12-31");
    const image = page.getByTestId("download-image");
    await expect(image).toHaveText("Download image");
    await expect(image).toHaveAttribute("href", "/api/map.png?theme=cap-3&kind=directive&from=2022-01-01&to=2022-12-31&lang=en");
    const download = page.waitForEvent("download");
    await image.click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
    await page.getByText("Cite this view").click();
    await expect(page.getByTestId("cite-view")).toContainText(/Directive Atlas \(\d{4}\)\. Directives per region: .* · 2022 \[map\]\. http:\/\/[^ ]+\/\?theme=cap-3&kind=directive&from=2022-01-01&to=2022-12-31, accessed \d{4}-\d{2}-\d{2}\./);
  });
});
