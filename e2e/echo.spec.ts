import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";

const NEVER_COLOUR = "#f1b6b6";
const NO_ARTICLES_COLOUR = "#e8e8e8";

/** From the map's central panel to the trace of the centre's 16 February 2023 surveillance directive. */
async function openSurveillanceTrace(page: Page) {
  await page.goto("/");
  const statement = page.getByTestId("central-panel").getByTestId("statement").filter({ hasText: "加强疫情监测和常态化预警能力建设" });
  await statement.getByTestId("trace-link").click();
  // The trace is drawn on the server: on a loaded machine the navigation takes more than the default 5 s.
  await expect(page).toHaveURL(/\/trace\/\d+$/, { timeout: 30_000 });
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
    expect(fills["河南"].toLowerCase(), "河南 has no statements in the window").toBe(NO_ARTICLES_COLOUR);
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

  test("a directive only 新疆 echoed leaves 陕西, which spoke that day, marked as not echoing it", async ({ page }) => {
    await page.goto("/province/xinjiang");
    const echo = page.getByTestId("region-echo").filter({ hasText: "当前全国疫情防控形势总体向好" }).first();
    await echo.getByRole("link", { name: "trace" }).click();
    const map = page.getByTestId("china-map");
    await expect(map).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
    await expect(map).toHaveAttribute("data-region-fills", /新疆/);
    const fills = JSON.parse((await map.getAttribute("data-region-fills"))!) as Record<string, string>;
    expect(fills["陕西"].toLowerCase(), "陕西 has statements in the window but did not echo this one").toBe(NEVER_COLOUR);
    expect([NEVER_COLOUR, NO_ARTICLES_COLOUR]).not.toContain(fills["新疆"].toLowerCase());
    await expect(page.getByTestId("trace-legend")).toContainText("Window: 2023-02-16 to 2023-05-17");
    await expect(page.getByTestId("trace-legend")).toContainText("not echoed, though the region has statements in the window");

    const box = (await map.boundingBox())!;
    const points = JSON.parse((await map.getAttribute("data-region-points"))!) as Record<string, [number, number]>;
    await page.mouse.move(box.x + points["陕西"][0], box.y + points["陕西"][1]);
    await expect(page.locator(".map-tooltip").locator('[data-region="陕西"]')).toContainText("not echoed, though the region has statements in the window");
  });

  test("辽宁, which names 习近平's speech at the meeting, shows on the trace as citing it", async ({ page }) => {
    await page.goto("/province/liaoning");
    const cite = page.getByTestId("region-echo").and(page.locator('[data-kind="cites"]')).filter({ hasText: "习近平主持会议并发表重要讲话" }).first();
    await expect(cite).toContainText("cites");
    await cite.getByRole("link", { name: "trace" }).click();
    const map = page.getByTestId("china-map");
    await expect(map).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
    await expect(page.getByTestId("timeline-region").filter({ hasText: "Liaoning" })).toHaveAttribute("data-state", "cited");
    await expect(page.getByTestId("timeline-region").filter({ hasText: "Liaoning" })).toContainText("cited it by name");
    await expect(page.getByTestId("echo").and(page.locator('[data-region="辽宁"]')).first()).toHaveAttribute("data-kind", "cites");
    const fills = JSON.parse((await map.getAttribute("data-region-fills"))!) as Record<string, string>;
    expect([NEVER_COLOUR, NO_ARTICLES_COLOUR]).not.toContain(fills["辽宁"].toLowerCase());
    await expect(page.getByTestId("trace-legend")).toContainText("Window: 2020-02-03 to 2020-05-03");
  });

  test("the compare page's echo row and the region page's own directives state the window they count in", async ({ page }) => {
    await page.goto("/compare?regions=shaanxi,xinjiang");
    const rows = page.getByTestId("compare-echo-speed");
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText(/echoed \d+, cited \d+, not echoed though it had statements in the window \d+, no statements in the window \d+ \(window: the 90 days after each central statement\)/);
    await page.goto("/province/henan");
    await expect(page.getByTestId("local-initiatives")).toContainText("in the 90 days before it");
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
