import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

interface ApiStatement {
  region: string | null;
  speaker: string | null;
  level: string | null;
  date: string | null;
  themes: string[];
  text: string;
  start: number;
  end: number;
}

test.describe("GET /api/statements", () => {
  test("filters by region and returns offsets into the source file", async ({ request }) => {
    const response = await request.get("/api/statements?region=henan");
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { count: number; statements: ApiStatement[] };
    expect(body.count).toBeGreaterThan(5);
    expect(new Set(body.statements.map((s) => s.region))).toEqual(new Set(["河南"]));
    expect(body.statements.map((s) => s.speaker)).toEqual(expect.arrayContaining(["楼阳生", "王凯"]));
    for (const s of body.statements) expect(s.end).toBeGreaterThan(s.start);
  });

  test("combines theme, level and date filters", async ({ request }) => {
    const body = (await (await request.get("/api/statements?theme=surveillance&level=provincial&from=2023-01-01&to=2023-12-31")).json()) as {
      statements: ApiStatement[];
    };
    expect(body.statements.length).toBeGreaterThan(0);
    for (const s of body.statements) {
      expect(s.themes).toContain("surveillance");
      expect(s.level).toBe("provincial");
      expect(s.date! >= "2023-01-01" && s.date! <= "2023-12-31").toBe(true);
    }
    expect(body.statements.map((s) => s.speaker)).toContain("马兴瑞");
  });

  test("exports CSV that parses back to the same statements", async ({ request }) => {
    const json = (await (await request.get("/api/statements?region=jiangsu")).json()) as { statements: ApiStatement[] };
    const response = await request.get("/api/statements?region=jiangsu&format=csv");
    expect(response.headers()["content-type"]).toContain("text/csv");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="statements-jiangsu.csv"');
    const text = await response.text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(json.statements.length);
    expect(rows.map((r) => r.text)).toEqual(json.statements.map((s) => s.text));
    expect(rows.map((r) => r.speaker)).toContain("许昆林");
  });

  test("exports a title that starts like a formula with a leading quote", async ({ request }) => {
    // e2e/fixtures/hostile-articles/hostile-formula.txt is titled =HYPERLINK(…).
    const text = await (await request.get(`/api/statements?leader=${encodeURIComponent("应勇")}&format=csv`)).text();
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    const titles = rows.map((r) => r.articleTitle).filter((t) => t.includes("HYPERLINK"));
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title.startsWith("'=HYPERLINK")).toBe(true);
  });

  for (const query of ["region=atlantis", "from=2022-13-01", "level=village", "limit=-1", "theme=%27%20OR%201%3D1", "unknown=1", "region=henan&region=hubei"]) {
    test(`answers 400 with a message for ${query}`, async ({ request }) => {
      const response = await request.get(`/api/statements?${query}`);
      expect(response.status()).toBe(400);
      const body = (await response.json()) as { error: string };
      expect(body.error.length).toBeGreaterThan(5);
      expect(body.error).not.toMatch(/at \w+ \(|node_modules/);
    });
  }
});
