import { describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";
import { syntheticArticle, syntheticCorpus } from "./synthetic-corpus";

const knowledge = loadKnowledge();
const sample = [...syntheticCorpus(knowledge, 7, 120, 0, { traditionalShare: 0.25, noisyShare: 0.4 })];

describe("syntheticCorpus", () => {
  it("is the same text for the same seed and index, and different for another seed", () => {
    expect(syntheticArticle(knowledge, 7, 42).text).toBe(syntheticArticle(knowledge, 7, 42).text);
    expect([...syntheticCorpus(knowledge, 7, 3, 40, { traditionalShare: 0.25, noisyShare: 0.4 })].map((a) => a.text)).toEqual(sample.slice(40, 43).map((a) => a.text));
    expect(syntheticArticle(knowledge, 8, 42).text).not.toBe(syntheticArticle(knowledge, 7, 42).text);
  });

  it("mixes regions, traditional characters and noisy pages", () => {
    expect(new Set(sample.map((a) => a.region)).size).toBeGreaterThan(15);
    expect(sample.some((a) => a.traditional)).toBe(true);
    expect(sample.some((a) => a.noisy)).toBe(true);
    expect(sample.some((a) => a.speakers.some((s) => s.city))).toBe(true);
    expect(sample.some((a) => a.region === "中央")).toBe(true);
  });

  it("writes every speaker in a post they held on the article's date, in its region", () => {
    for (const article of sample) {
      for (const speaker of article.speakers) {
        const posts = knowledge.leaders.filter((p) => p.name === speaker.name && p.office === speaker.office && p.region === article.region);
        const held = posts.some((p) => p.start !== null && p.start <= article.date && (p.end === null || article.date <= p.end));
        expect(held, `${speaker.name} ${speaker.office} on ${article.date} in ${article.fileName}`).toBe(true);
      }
    }
  });

  it("is tagged with the speakers and regions it was written with", () => {
    let checked = 0;
    for (const article of sample) {
      const tagged = tagArticle(article.text, knowledge);
      for (const speaker of article.speakers) {
        const at = article.text.indexOf(speaker.quote);
        expect(at, `${speaker.quote} in ${article.fileName}`).toBeGreaterThanOrEqual(0);
        const covering = tagged.statements.filter((s) => s.start <= at && at < s.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
        expect(covering, `${speaker.quote} in ${article.fileName}`).toMatchObject({ speaker: speaker.name, province: article.region });
        if (speaker.city) expect(covering).toMatchObject({ level: "municipal", city: speaker.city });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(sample.length * 2);
  });
});
