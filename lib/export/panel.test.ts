import { describe, expect, it } from "vitest";
import type { PanelRow } from "@/lib/db/panel";
import { panelRecords, panelToCsv } from "./panel";

const row: PanelRow = {
  region: "henan", regionName: "河南", regionNameEn: "Henan", adcode: 410000, period: "2022-11", periodStart: "2022-11-01", periodEnd: "2022-11-30",
  articles: 1, stories: 1, kind: "directive", directives: 10, topics: { 3: 10, 20: 2 }, echoes: 0, medianLagDays: null,
};

describe("the panel's records", () => {
  it("flattens topics into one column per CAP major topic, zero where none", () => {
    const [record] = panelRecords([row]);
    expect(record).toMatchObject({ region: "henan", period: "2022-11", directives: 10, cap_3: 10, cap_20: 2, cap_1: 0, medianLagDays: null });
    expect(record).not.toHaveProperty("topics");
  });

  it("writes CSV with a header row in the codebook's order, an empty cell for no lag", () => {
    const [header, line] = panelToCsv([row]).replace(/^\uFEFF/, "").split("\r\n");
    const columns = header.split(",");
    expect(columns.slice(0, 11)).toEqual(["region", "regionName", "regionNameEn", "adcode", "period", "periodStart", "periodEnd", "articles", "stories", "kind", "directives"]);
    expect(columns.slice(-2)).toEqual(["echoes", "medianLagDays"]);
    const cells = line.split(",");
    expect(cells[columns.indexOf("cap_3")]).toBe("10");
    expect(cells[columns.indexOf("medianLagDays")]).toBe("");
  });
});
