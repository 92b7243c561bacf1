import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readEchoPairs, statementCovering, tagSet } from "@/lib/eval/echo-pairs";
import { listArticleFiles } from "@/lib/ingest/article-file";
import { detectEchoes, type EchoLink } from "./detect";
import { evaluatePairs, linkMap, predictedKind, statementContaining } from "./evaluate";
import labelled from "./fixtures/labelled-pairs.json";

const link = (centralId: number, localId: number, kind: EchoLink["kind"]): EchoLink => ({ centralId, localId, kind, score: 20, lagDays: 1, spans: [], cite: null });

describe("evaluatePairs", () => {
  it("counts a pair found only with its labelled kind, and any link on a 'none' pair as a false one", () => {
    const pairs = [
      { centralId: 1, localId: 10, label: "echo" as const },
      { centralId: 1, localId: 11, label: "cites" as const },
      { centralId: 1, localId: 12, label: "none" as const },
      { centralId: 2, localId: 13, label: "cites" as const },
    ];
    const result = evaluatePairs(pairs, [link(1, 10, "echo"), link(1, 11, "echo"), link(1, 12, "cites")]);
    expect(result.echo).toMatchObject({ found: 1, predicted: 2, labelled: 1 });
    expect(result.cites).toMatchObject({ found: 0, predicted: 1, labelled: 2 });
    expect(result.both).toMatchObject({ found: 1, predicted: 3, labelled: 3 });
  });

  it("takes a pair linked both ways for a cite", () => {
    expect(predictedKind(linkMap([link(1, 10, "echo"), link(1, 10, "cites")]), { centralId: 1, localId: 10, label: "echo" })).toBe("cites");
  });
});

describe("the labelled pairs", () => {
  it("still finds the five echoes of the seed articles (lib/echo/fixtures/labelled-pairs.json)", () => {
    const seeds = tagSet(path.resolve("data/articles"));
    const map = linkMap(detectEchoes(seeds.statements).links);
    const echoes = (labelled.pairs as { central: string; echo: string; label: string }[]).filter((p) => p.label === "echo");
    expect(echoes).toHaveLength(5);
    for (const p of echoes) {
      const pair = { centralId: statementContaining(p.central, seeds.statements).id, localId: statementContaining(p.echo, seeds.statements).id, label: "echo" as const };
      expect(predictedKind(map, pair), p.echo).not.toBe("none");
    }
  });

  it("quote real statements of set e and eval/echo: the issue's 150 pairs of 15 chains at least, each pair in its chain's split, all three labels in both splits", () => {
    const set = tagSet("", [...listArticleFiles(path.resolve("eval/sets/e/articles")), ...listArticleFiles(path.resolve("eval/echo/articles"))]);
    const pairs = readEchoPairs(path.resolve("eval/echo/pairs.jsonl"));
    const chains = new Map((JSON.parse(readFileSync(path.resolve("eval/echo/chains.json"), "utf8")) as { chain: string; split: string }[]).map((c) => [c.chain, c.split]));
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    expect(chains.size).toBeGreaterThanOrEqual(15);
    for (const p of pairs) expect(chains.get(p.chain), `${p.chain} ${p.local_quote}`).toBe(p.split);
    for (const split of ["dev", "test"]) expect(new Set(pairs.filter((p) => p.split === split).map((p) => p.label))).toEqual(new Set(["echo", "cites", "none"]));
    const covered = pairs.filter((p) => statementCovering(set, p.local_file, p.local_quote) && statementCovering(set, p.central_file, p.central_quote));
    expect(covered.length).toBeGreaterThanOrEqual(pairs.length - 2);
  });
});
