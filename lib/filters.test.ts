import { describe, expect, it } from "vitest";
import { compareHref } from "./compare-selection";
import { compareSelectionSchema, filterQueryString, parseSearchFilter, parseSearchPageFilter, parseStatementFilter, toSearchParams } from "./filters";

const parse = (query: string) => parseStatementFilter(new URLSearchParams(query));

describe("parseStatementFilter", () => {
  it("accepts every filter and fills in the defaults", () => {
    expect(parse("region=henan&leader=楼阳生&level=provincial&theme=surveillance&from=2022-01-01&to=2022-12-31")).toEqual({
      ok: true,
      filter: {
        region: "henan",
        leader: "楼阳生",
        level: "provincial",
        theme: "surveillance",
        kind: "directive",
        from: "2022-01-01",
        to: "2022-12-31",
        format: "json",
        limit: 100,
        offset: 0,
      },
    });
    expect(parse("format=csv&limit=5")).toMatchObject({ ok: true, filter: { format: "csv", limit: 5 } });
  });

  it("refuses a leader name holding a control character (a NUL would fail PostgreSQL's text)", () => {
    const parsed = parseStatementFilter(new URLSearchParams("leader=%E6%A5%BC%00"));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/leader.*control characters/);
    expect(parseStatementFilter(new URLSearchParams("leader=楼阳生")).ok).toBe(true);
  });

  it("reads a region by its code, Chinese name or adcode", () => {
    for (const spelling of ["henan", "河南", "河南省", "410000"]) expect(parse(`region=${spelling}`)).toMatchObject({ ok: true, filter: { region: "henan" } });
  });

  it("leaves the interface language to the page", () => {
    expect([...toSearchParams({ lang: "zh", theme: "flood-control" }).keys()]).toEqual(["theme"]);
    expect(parse(toSearchParams({ lang: "en", region: "河南" }).toString())).toMatchObject({ ok: true, filter: { region: "henan" } });
  });

  it("treats empty form fields as no filter", () => {
    expect(parse("theme=&level=&from=&leader=")).toEqual({ ok: true, filter: { kind: "directive", format: "json", limit: 100, offset: 0 } });
  });

  it("counts directives unless asked for all statements or another kind, and takes a CAP major topic as a theme", () => {
    expect(parse("kind=all&theme=cap-5")).toMatchObject({ ok: true, filter: { kind: "all", theme: "cap-5" } });
    expect(parse("kind=procedural")).toMatchObject({ ok: true, filter: { kind: "procedural" } });
    expect(parseSearchFilter(new URLSearchParams("theme=flood-control"))).toEqual({ ok: true, filter: { theme: "flood-control", format: "json", limit: 100, offset: 0 } });
  });

  it.each([
    ["region=atlantis", /region: unknown region "atlantis"/],
    ["level=village", /level/],
    ["from=2022-02-30", /from: is not a real date/],
    ["to=17/03/2022", /to: must be an ISO date/],
    ["from=2023-01-01&to=2022-01-01", /from must not be after to/],
    ["theme=' OR 1=1 --", /theme: must be a theme id/],
    ["limit=0", /limit/],
    ["kind=order", /kind: must be one of/],
    ["q=监测", /unknown parameter q/],
    ["region=henan&region=jiangsu", /region: give it once/],
    [`leader=${"李".repeat(50)}`, /leader/],
  ])("refuses %s with a message", (query, message) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe("filterQueryString", () => {
  it("round-trips through parseSearchFilter, leaving defaults out", () => {
    const parsed = parseSearchFilter(new URLSearchParams("q=监测 预警&theme=surveillance&from=2022-01-01&limit=5"));
    if (!parsed.ok) throw new Error(parsed.message);
    const query = filterQueryString(parsed.filter, { format: "csv" });
    expect(query).not.toContain("limit");
    expect(parseSearchFilter(new URLSearchParams(query))).toEqual({
      ok: true,
      filter: { q: "监测 预警", theme: "surveillance", from: "2022-01-01", format: "csv", limit: 100, offset: 0 },
    });
  });
});

describe("parseSearchPageFilter", () => {
  it("takes count=all, which the search page reads to count every match", () => {
    expect(parseSearchPageFilter(new URLSearchParams("q=疫情防控&count=all"))).toMatchObject({ ok: true, filter: { q: "疫情防控", count: "all" } });
    expect(parseSearchPageFilter(new URLSearchParams("q=疫情防控&count="))).toMatchObject({ ok: true, filter: { q: "疫情防控" } });
  });

  it("refuses any other count, and the API refuses count altogether", () => {
    expect(parseSearchPageFilter(new URLSearchParams("q=疫情防控&count=some"))).toEqual({ ok: false, message: 'count: must be "all"' });
    expect(parseSearchFilter(new URLSearchParams("q=疫情防控&count=all"))).toEqual({ ok: false, message: "unknown parameter count" });
  });
});

const parseSelection = (regions?: string) => compareSelectionSchema.safeParse(regions === undefined ? {} : { regions });

describe("compareSelectionSchema", () => {
  it("reads a comma-separated list of region codes, central included", () => {
    expect(parseSelection("henan,jiangsu,central")).toMatchObject({ success: true, data: { regions: ["henan", "jiangsu", "central"] } });
    expect(parseSelection(undefined)).toMatchObject({ success: true, data: { regions: [] } });
  });

  it("reads Chinese names and adcodes as codes", () => {
    expect(parseSelection("河南,江苏,中央")).toMatchObject({ success: true, data: { regions: ["henan", "jiangsu", "central"] } });
    expect(parseSelection("410000,jiangsu")).toMatchObject({ success: true, data: { regions: ["henan", "jiangsu"] } });
  });

  it.each([
    ["henan,atlantis", /unknown region "atlantis"/],
    ["henan,jiangsu,gansu,jilin,liaoning", /at most 4/],
    ["henan,henan", /twice/],
    ["河南,nowhere", /unknown region "nowhere"/],
    ["henan,河南", /twice/],
  ])("refuses %s", (regions, message) => {
    const result = parseSelection(regions);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join("; ")).toMatch(message);
  });

  it("builds the URL it reads", () => {
    const href = compareHref(["henan", "central"]);
    expect(parseSelection(new URL(href, "http://x").searchParams.get("regions")!)).toMatchObject({ data: { regions: ["henan", "central"] } });
  });
});

describe("the city filter", () => {
  it("is a filter of the records APIs, by its Chinese short name, and goes into links", () => {
    expect(parseSearchFilter(new URLSearchParams("region=henan&city=郑州"))).toMatchObject({ ok: true, filter: { region: "henan", city: "郑州" } });
    expect(filterQueryString({ region: "henan", city: "郑州" })).toBe(`region=henan&city=${encodeURIComponent("郑州")}`);
  });
  it("names a city that is not a Chinese name", () => {
    expect(parseSearchFilter(new URLSearchParams("city=Zhengzhou"))).toEqual({ ok: false, message: "city: must be a city's Chinese short name, such as 郑州" });
  });
  it("is not a page filter: the pages' counts come from the tally, which has no cities", () => {
    expect(parse("city=郑州")).toEqual({ ok: false, message: "unknown parameter city" });
  });
});
