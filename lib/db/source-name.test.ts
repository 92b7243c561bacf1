import { describe, expect, it } from "vitest";
import { publicSourceName } from "./source-name";

describe("publicSourceName", () => {
  it.each([
    ["/srv/atlas/data/articles/004.txt", "data/articles/004.txt"],
    ["data/articles/004.txt", "data/articles/004.txt"],
    ["./e2e/fixtures/../fixtures/a.txt", "e2e/fixtures/a.txt"],
    ["/home/someone/articles/2022/河南.txt", "河南.txt"],
    ["../elsewhere/x.txt", "x.txt"],
    ["/srv/atlas-old/x.txt", "x.txt"],
    ["/srv/atlas/..x.txt", "..x.txt"],
  ])("shows %s as %s", (sourceFile, shown) => {
    expect(publicSourceName(sourceFile, "/srv/atlas")).toBe(shown);
  });
});
