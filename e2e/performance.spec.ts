import { expect, test } from "@playwright/test";

test.describe("map performance", () => {
  test("the map renders, and hovering regions shows their tooltips without a network request", async ({ page }) => {
    await page.goto("/");
    const map = page.getByTestId("china-map");
    await expect(map).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    const box = (await map.boundingBox())!;
    const points = JSON.parse((await map.getAttribute("data-region-points")) ?? "{}") as Record<string, [number, number]>;

    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    for (const name of ["河南", "吉林", "江苏", "广东"]) {
      expect(points[name], `${name} has a point on the map`).toBeDefined();
      await page.mouse.move(box.x + points[name][0], box.y + points[name][1]);
      await expect(page.locator(`.map-tooltip [data-region="${name}"]`)).toBeVisible();
    }
    expect(requests).toEqual([]);
  });
});
