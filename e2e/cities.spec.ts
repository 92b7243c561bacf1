import { expect, test } from "@playwright/test";

test.describe("cities on a province page", () => {
  test("/province/henan shows a city map with 郑州, and clicking 郑州 lists its statements", async ({ page, request }) => {
    await page.goto("/province/henan?kind=all");
    const map = page.getByTestId("city-map");
    await expect(map).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
    const counts = JSON.parse((await map.getAttribute("data-city-counts")) ?? "{}") as Record<string, number>;
    expect(counts["郑州"]).toBeGreaterThan(0);

    // The city filter of the API finds the same statements.
    const api = (await (await request.get(`/api/statements?region=henan&city=${encodeURIComponent("郑州")}&limit=1000`)).json()) as { statements: { id: number; city: string }[] };
    expect(api.statements).toHaveLength(counts["郑州"]);
    expect(api.statements.every((s) => s.city === "郑州")).toBe(true);

    // Click 郑州 on the map, where its label sits.
    const points = JSON.parse((await map.getAttribute("data-city-points")) ?? "{}") as Record<string, [number, number]>;
    const list = page.getByTestId("city-statements");
    await expect(list).toHaveAttribute("data-city", "");
    await map.click({ position: { x: points["郑州"][0], y: points["郑州"][1] } });
    await expect(list).toHaveAttribute("data-city", "郑州");
    await expect(page.getByTestId("cities").getByRole("button", { name: /^郑州/ })).toHaveAttribute("aria-pressed", "true");
    await expect(list.getByRole("heading")).toContainText(`郑州: ${counts["郑州"]} statement`);
    const shown = list.getByTestId("statement");
    await expect(shown).toHaveCount(Math.min(counts["郑州"], 20));
    const ids = await shown.evaluateAll((items) => items.map((item) => Number(item.getAttribute("data-statement-id"))));
    expect(ids.sort((a, b) => a - b)).toEqual(api.statements.map((s) => s.id).sort((a, b) => a - b));
    await expect(list.getByTestId("download-csv")).toHaveAttribute("href", /city=%E9%83%91%E5%B7%9E/);
  });

  test("a city that is not a Chinese name is refused by the API with a message", async ({ request }) => {
    const response = await request.get("/api/statements?city=Zhengzhou");
    expect(response.status()).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain("city: must be a city's Chinese short name");
  });
});
