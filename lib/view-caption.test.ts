import { describe, expect, it } from "vitest";
import type { ThemeOption } from "@/lib/db/queries";
import { citation, requestOrigin, viewCaption } from "./view-caption";

const themes: ThemeOption[] = [{ id: "flood-control", nameZh: "防汛", nameEn: "Flood control", topic: 21, parentId: null }];

describe("viewCaption", () => {
  it("says what is counted, the filters and the period", () => {
    expect(viewCaption({ kind: "directive", theme: "flood-control", level: "provincial", from: "2022-01-01", to: "2022-12-31" }, themes, "en")).toEqual({
      title: "Directives per region",
      subtitle: "Flood control · Provincial · 2022",
      period: "2022",
    });
    expect(viewCaption({ kind: "all" }, themes, "zh")).toMatchObject({ title: "各地讲话数", subtitle: "全部主题 · 全部年份" });
    expect(viewCaption({ kind: "directive", from: "2022-03-01" }, themes, "en").period).toBe("2022-03-01 – …");
  });
});

describe("citation", () => {
  it("carries the title, filters, URL and the day it was read", () => {
    const caption = viewCaption({ kind: "directive", theme: "flood-control" }, themes, "en");
    expect(citation(caption, "http://atlas.example/?theme=flood-control", "2026-03-02", "en")).toBe(
      "Directive Atlas (2026). Directives per region: Flood control · All years [map]. http://atlas.example/?theme=flood-control, accessed 2026-03-02.",
    );
  });
});

describe("requestOrigin", () => {
  it("takes the host the reader used, and refuses a forged one", () => {
    expect(requestOrigin(new Headers({ host: "atlas.example:8080" }), "http://127.0.0.1:3000/x")).toBe("http://atlas.example:8080");
    expect(requestOrigin(new Headers({ host: "a.example", "x-forwarded-proto": "https" }), "http://127.0.0.1/x")).toBe("https://a.example");
    expect(requestOrigin(new Headers({ host: "evil.example/<script>" }), "http://127.0.0.1:3000/x")).toBe("http://127.0.0.1:3000");
  });
});
