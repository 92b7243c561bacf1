import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";

const NEVER_COLOUR = "#f1b6b6";
const NO_ARTICLES_COLOUR = "#e8e8e8";

/** From the map's central panel to the trace of the centre's 16 February 2023 surveillance directive. */
async function openSurveillanceTrace(page: Page) {
  await page.goto("/");
  const statement = page.getByTestId("central-panel").getByTestId("statement").filter({ hasText: "加强疫情监测和常态化预警能力建设" });
  await statement.getByTestId("trace-link").click();
  await expect(page).toHaveURL(/\/trace\/\d+$/);
  const map = page.getByTestId("china-map");
  await expect(map).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
  await expect(map).toHaveAttribute("data-region-fills", /新疆/);
  return map;
}

test.describe("trace of a central directive", () => {
  test("colours 新疆 and 陕西 on the map, states the window and highlights the phrase 陕西 shares", async ({ page }, testInfo) => {
    const map = await openSurveillanceTrace(page);
    const fills = JSON.parse((await map.getAttribute("data-region-fills"))!) as Record<string, string>;
    for (const region of ["新疆", "陕西"]) {
      expect(fills[region], `${region} is coloured by its lag`).toMatch(/^#|^rgb/);
      expect([NEVER_COLOUR, NO_ARTICLES_COLOUR]).not.toContain(fills[region].toLowerCase());
    }
    expect(fills["河南"], "河南 did not echo it").toBeUndefined();
    await expect(page.getByTestId("trace-legend")).toContainText("Window: 2023-02-16 to 2023-05-17");

    const shaanxi = page.getByTestId("echo").and(page.locator('[data-region="陕西"]'));
    await expect(shaanxi).toContainText("赵一德");
    await expect(shaanxi.getByTestId("shared-phrase").first()).toHaveText("监测体系和信息报告制度");
    // The central statement highlights what its echoes share with it: 马兴瑞's and 赵一德's phrases among them.
    const central = page.getByTestId("central-statement");
    await expect(central.getByTestId("shared-phrase").filter({ hasText: "监测体系和信息报告制度" })).toBeVisible();
    await expect(central.getByTestId("shared-phrase").filter({ hasText: "疫情监测和常态化预警能力建设" })).toBeVisible();
    await expect(page.getByTestId("timeline-region").filter({ hasText: "Xinjiang" })).toContainText("+0 d");
    await expect(page.getByTestId("timeline-region").filter({ hasText: "Xinjiang" })).toContainText("echoed its wording");

    const shot = await page.screenshot({ path: testInfo.outputPath("trace.png"), fullPage: true });
    await testInfo.attach("trace", { body: shot, contentType: "image/png" });
  });

  test("hovering a region tells how soon it echoed, or that it has no statements in the window", async ({ page }) => {
    const map = await openSurveillanceTrace(page);
    const box = (await map.boundingBox())!;
    const points = JSON.parse((await map.getAttribute("data-region-points"))!) as Record<string, [number, number]>;
    const tooltip = page.locator(".map-tooltip");
    await page.mouse.move(box.x + points["新疆"][0], box.y + points["新疆"][1]);
    await expect(tooltip.locator('[data-region="新疆"]')).toContainText("echoed the same day");
    await page.mouse.move(box.x + points["河南"][0], box.y + points["河南"][1]);
    await expect(tooltip.locator('[data-region="河南"]')).toContainText("no statements from the region in the window");
  });

  test("a provincial statement or a malformed id has no trace", async ({ page }) => {
    expect((await page.goto("/trace/abc"))!.status()).toBe(404);
    expect((await page.goto("/trace/99999999"))!.status()).toBe(404);
  });
});

interface ApiEcho {
  kind: "echo" | "cites";
  region: string | null;
  speaker: string | null;
  lagDays: number | null;
  sharedSpans: string[];
  spans: { text: string; start: number; end: number; centralStart: number; centralEnd: number }[];
  citedEvent: string | null;
  centralText: string;
  centralStatementId: number;
}

test.describe("GET /api/echoes", () => {
  test("filters echoes by the echoing region and exports the same rows as CSV", async ({ request }) => {
    const json = (await (await request.get("/api/echoes?region=shaanxi")).json()) as { count: number; echoes: ApiEcho[] };
    expect(json.count).toBe(1);
    expect(json.echoes[0]).toMatchObject({ kind: "echo", region: "陕西", speaker: "赵一德", lagDays: 0, citedEvent: null });
    expect(json.echoes[0].sharedSpans).toContain("监测体系和信息报告制度");
    expect(json.echoes[0].spans[0]).toMatchObject({ text: "监测体系和信息报告制度" });
    expect(json.echoes[0].centralText).toContain("加强疫情监测和常态化预警能力建设");

    const csv = await request.get("/api/echoes?region=shaanxi&format=csv");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const rows = parse((await csv.text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.speaker)).toEqual(["赵一德"]);
  });

  test("gives one central statement's echoes, the trace page's CSV", async ({ page, request }) => {
    await openSurveillanceTrace(page);
    const href = (await page.getByTestId("trace-csv").getAttribute("href"))!;
    const central = Number(/central=(\d+)/.exec(href)![1]);
    const json = (await (await request.get(`/api/echoes?central=${central}`)).json()) as { echoes: ApiEcho[] };
    expect(json.echoes.length).toBeGreaterThanOrEqual(3);
    expect(new Set(json.echoes.map((e) => e.centralStatementId))).toEqual(new Set([central]));
    const rows = parse((await (await request.get(href)).text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.speaker)).toEqual(expect.arrayContaining(["马兴瑞", "赵一德"]));
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(["kind", "citedEvent", "lagDays", "sharedSpans"]));
  });

  test("answers 400 with a message on bad input", async ({ request }) => {
    expect((await request.get("/api/echoes?central=abc")).status()).toBe(400);
    expect((await request.get("/api/echoes?link=maybe")).status()).toBe(400);
    const response = await request.get("/api/echoes?region=atlantis");
    expect(response.status()).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/region/);
  });
});
