import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge, shortPlaceName } from "./index";

const dataDir = path.resolve(__dirname, "..", "..", "data");

function scratchDataDir(leadersCsv?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "knowledge-"));
  for (const f of ["regions.json", "themes.json", "central-bodies.json", "offices.json", "eras.json"]) copyFileSync(path.join(dataDir, f), path.join(dir, f));
  mkdirSync(path.join(dir, "places"));
  copyFileSync(path.join(dataDir, "places", "not-places.json"), path.join(dir, "places", "not-places.json"));
  if (leadersCsv !== undefined) writeFileSync(path.join(dir, "leaders.csv"), leadersCsv);
  return dir;
}

describe("shortPlaceName", () => {
  it("drops administrative suffixes and ethnic names of autonomous prefectures", () => {
    expect(shortPlaceName("郑州市")).toBe("郑州");
    expect(shortPlaceName("延边朝鲜族自治州")).toBe("延边");
    expect(shortPlaceName("六盘水市")).toBe("六盘水");
    expect(shortPlaceName("大兴安岭地区")).toBe("大兴安岭");
  });
});

describe("loadKnowledge", () => {
  it("names a missing offices.json rather than tagging without titles", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "knowledge-"));
    copyFileSync(path.join(dataDir, "regions.json"), path.join(dir, "regions.json"));
    expect(() => loadKnowledge(dir)).toThrow(`${path.join(dir, "offices.json")}: missing knowledge file`);
  });

  it("works without leaders.csv", () => {
    const k = loadKnowledge(scratchDataDir());
    expect(k.leaders).toEqual([]);
    expect(k.regions.find((r) => r.name === "河南")?.kind).toBe("province");
    expect(k.places.find((p) => p.shortName === "盐城")?.region).toBe("江苏");
    expect(k.places.find((p) => p.shortName === "沈阳")?.region).toBe("辽宁");
    expect(k.themes.length).toBeGreaterThanOrEqual(16);
    expect(k.centralBodies.some((b) => b.aliases.includes("国家卫健委"))).toBe(true);
  });

  it("reads leaders' posts, an empty end meaning still in post", () => {
    const dir = scratchDataDir(
      "name,region,office,role,level,city,start,end,source\n楼阳生,山西,省委书记,secretary,provincial,,2019-11-30,2021-06-01,x\n楼阳生,河南,省委书记,secretary,provincial,,2021-06-01,,x\n",
    );
    const k = loadKnowledge(dir);
    expect(k.leaders.map((l) => [l.region, l.start, l.end])).toEqual([
      ["山西", "2019-11-30", "2021-06-01"],
      ["河南", "2021-06-01", null],
    ]);
  });

  it("reads the tables data/leaders/meta.json lists, quoted fields and person ids included", () => {
    const dir = scratchDataDir();
    mkdirSync(path.join(dir, "leaders"));
    writeFileSync(path.join(dir, "leaders", "meta.json"), JSON.stringify({ asOf: "2026-11-28", files: ["a.csv"] }));
    writeFileSync(
      path.join(dir, "leaders", "a.csv"),
      'person,name,region,office,role,level,city,start,end,source\r\n王宁-1961,王宁,福建,省长,governor,provincial,,2020-07-30,2025-01-01,"https://x, y"\r\n王宁-1970,王宁,云南,省委书记,secretary,provincial,,2020-11-30,,z\r\n',
    );
    const k = loadKnowledge(dir);
    expect(k.leadersAsOf).toBe("2026-11-28");
    expect(k.leaders.map((l) => [l.person, l.region, l.end, l.source])).toEqual([
      ["王宁-1961", "福建", "2025-01-01", "https://x, y"],
      ["王宁-1970", "云南", null, "z"],
    ]);
  });

  it("names the file and line of a row it cannot read", () => {
    const dir = scratchDataDir("name,region,office,role,level,city,start,end,source\n楼阳生,河南,省委书记,secretary,provincial,,2021-06-01,,x\n许昆林,江苏,省长,governor,provincial,,2021/10/19,,x\n");
    expect(() => loadKnowledge(dir)).toThrow(`${path.join(dir, "leaders.csv")}:3: start`);
  });

  it("caches per data directory", () => {
    const dir = scratchDataDir();
    expect(loadKnowledge(dir)).toBe(loadKnowledge(dir));
  });
});
