// Evidence for the year of an article that writes none. Each cue is a list of periods, one of which
// holds the article's date: an era's vocabulary, a named leader's posts, a written year, or words that
// fix a year by arithmetic (建党100周年, “十二五”规划的收官之年).
import type { LeaderPost } from "@/lib/knowledge";
import type { TaggerLookup } from "./lookup";
import { postsMatchingTitle, titleBefore } from "./province";

export interface YearConstraint {
  from: string;
  to: string;
  /** What set it, for the evidence: an era term, a leader's post, a written year. */
  label: string;
  /** How much a hit counts: 1 unless said. */
  weight?: number;
}

const writtenYearPattern = /(?<![到至止\d])((?:19|20)\d{2})年(?!\d{1,2}月\d{1,2}日|前|以前|远景)/g;
const plenumList = /(十[七八九]|二十)届((?:[一二三四五六七]中[、，,和及与]?){2,})全会/g;
const sentenceEnd = /[。！？!?\n]/;

const wholeYear = (year: number, label: string, weight?: number): YearConstraint => ({ from: `${year}-01-01`, to: `${year}-12-31`, label, weight });

/** The cues of `text`; `monthDay` (MM-DD) is the date its events carry without a year. */
export function yearConstraints(text: string, lookup: TaggerLookup, monthDay: string): YearConstraint[][] {
  return [
    ...eraConstraints(text, lookup),
    ...leaderConstraints(text, lookup),
    ...writtenYearConstraints(text, lookup, monthDay),
    ...anniversaryConstraints(text, lookup),
    ...planYearConstraints(text, lookup),
  ];
}

function eraConstraints(text: string, lookup: TaggerLookup): YearConstraint[][] {
  const seen = new Set<string>();
  const constraints: YearConstraint[][] = [];
  const add = (phrase: string, periods: { from: string; to: string }[]) => {
    if (seen.has(phrase)) return;
    seen.add(phrase);
    constraints.push(periods.map((e) => ({ from: e.from, to: e.to, label: phrase })));
  };
  for (const m of lookup.eras.scan(text)) add(m.phrase, m.values);
  // 十八届三中、四中全会: each plenum of the list, as if written out.
  for (const m of text.matchAll(plenumList)) {
    for (const ordinal of m[2].match(/[一二三四五六七]中/g) ?? []) {
      const term = `${m[1]}届${ordinal}全会`;
      for (const hit of lookup.eras.scan(term)) if (hit.phrase === term) add(term, hit.values);
    }
  }
  return constraints;
}

/** A title written right after a name (习近平总书记, 李克强总理), longest first. */
function titleAfter(text: string, index: number, lookup: TaggerLookup): string | null {
  return lookup.titleSuffixes.find((t) => text.startsWith(t, index)) ?? null;
}

/** The posts whose office the title names (总理 → 国务院总理, not 国务院副总理); all of them when none does. */
function postsWithOffice(posts: LeaderPost[], title: string | null): LeaderPost[] {
  if (!title) return posts;
  const named = posts.filter((p) => p.office === title || (p.office.endsWith(title) && !p.office.endsWith(`副${title}`)));
  return named.length ? named : posts;
}

function leaderConstraints(text: string, lookup: TaggerLookup): YearConstraint[][] {
  const constraints: YearConstraint[][] = [];
  const seen = new Set<string>();
  const namedRegions = new Set(lookup.places.scan(text).map((m) => m.values[0].region));
  for (const m of lookup.leaderNames.scan(text)) {
    // The same name under another title (省长 here, 省委书记 there) is another constraint.
    const before = titleBefore(text, m.start, lookup);
    const after = before ? null : titleAfter(text, m.end, lookup);
    const key = `${before ?? ""}${m.phrase}${after ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const titled = postsWithOffice(postsMatchingTitle(lookup.leadersByName.get(m.phrase) ?? [], before, lookup), after);
    // 山西省委 and 省委书记骆惠宁: his 山西 post, not the one he held in 青海.
    const inNamedRegion = titled.filter((p) => namedRegions.has(p.region));
    const posts = inNamedRegion.length ? inNamedRegion : titled;
    // A tenure still open is known only up to the day the tables were checked.
    const periods = posts.map((p) => ({
      from: p.start ?? "1949-10-01",
      to: p.end ?? lookup.knowledge.leadersAsOf ?? "2099-12-31",
      label: `${key} ${p.region}${p.office}`,
    }));
    if (periods.length) constraints.push(periods);
  }
  return constraints;
}

/** The sentence around position `index`. */
function sentenceAt(text: string, index: number): { text: string; start: number } {
  let start = index;
  while (start > 0 && !sentenceEnd.test(text[start - 1])) start--;
  let end = index;
  while (end < text.length && !sentenceEnd.test(text[end])) end++;
  return { text: text.slice(start, end + 1), start };
}

const plannedBefore = /(?:部署|安排|谋划|做好|抓好|研究|明年即)$/;

/**
 * 2025年全市森林防灭火工作: that year's work, or a review of it early the next year (not 到2025年
 * targets). A sentence that opens with the year and reports its results reviews a year that is over:
 * the year after, when 去年 follows it or the events are early in the year.
 */
function writtenYearConstraints(text: string, lookup: TaggerLookup, monthDay: string): YearConstraint[][] {
  const constraints: YearConstraint[][] = [];
  const seen = new Set<string>();
  const resultWords = lookup.knowledge.yearCues.resultWords;
  writtenYearPattern.lastIndex = 0;
  for (let m = writtenYearPattern.exec(text); m; m = writtenYearPattern.exec(text)) {
    if (seen.has(m[1])) continue;
    seen.add(m[1]);
    const year = Number(m[1]);
    const sentence = sentenceAt(text, m.index);
    const opensSentence = /^[\s“"（(]*(?:在|截至)?$/.test(text.slice(sentence.start, m.index));
    const reviewed = opensSentence && resultWords.some((w) => sentence.text.includes(w));
    const lastYearFollows = text.slice(m.index, m.index + 60).includes("去年");
    if (reviewed && (lastYearFollows || monthDay <= "04-30")) {
      constraints.push([wholeYear(year + 1, `${year}年 reviewed`), wholeYear(year, `${year}年`, 0.5)]);
      continue;
    }
    // 12月…部署2021年经济工作: the work of the year to come, planned late in the year before.
    const planned = plannedBefore.test(text.slice(Math.max(0, m.index - 6), m.index)) && monthDay >= "11-01";
    if (planned) {
      constraints.push([wholeYear(year - 1, `${year}年 planned`), wholeYear(year, `${year}年`, 0.5)]);
      continue;
    }
    constraints.push([wholeYear(year, `${year}年`), { from: `${year + 1}-01-01`, to: `${year + 1}-03-31`, weight: 0.5, label: `${year}年 reviewed` }]);
  }
  return constraints;
}

const chineseDigit: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 75, 七十五, 一百, 一百零五 → the number; NaN when it is not one. */
function countIn(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  const m = /^(?:([一二两三四五六七八九])百)?零?(?:([一二三四五六七八九])?(十))?([一二三四五六七八九])?$/.exec(written);
  if (!m || written === "") return NaN;
  const hundreds = m[1] ? chineseDigit[m[1]] * 100 : 0;
  const tens = m[3] ? (m[2] ? chineseDigit[m[2]] : 1) * 10 : 0;
  const units = m[4] ? chineseDigit[m[4]] : 0;
  return hundreds + tens + units;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** 新中国成立70周年, 建党一百周年: the event's year plus the count. */
function anniversaryConstraints(text: string, lookup: TaggerLookup): YearConstraint[][] {
  const events = lookup.knowledge.yearCues.anniversaries;
  const byName = new Map(events.flatMap((e) => e.names.map((n) => [n, e.year] as const)));
  if (byName.size === 0) return [];
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(${names.join("|")})的?(\\d{1,3}|[一二两三四五六七八九十百零〇]{1,5})周年`, "g");
  const constraints: YearConstraint[][] = [];
  for (const m of text.matchAll(pattern)) {
    const count = countIn(m[2]);
    if (Number.isNaN(count)) continue;
    constraints.push([wholeYear(byName.get(m[1])! + count, m[0])]);
  }
  return constraints;
}

/** “十二五”规划目标任务的全面完成之年, “十四五”开局: the plan's last or first year. */
function planYearConstraints(text: string, lookup: TaggerLookup): YearConstraint[][] {
  const { plans, firstYearWords, lastYearWords } = lookup.knowledge.yearCues;
  if (plans.length === 0) return [];
  const words = [...firstYearWords, ...lastYearWords].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(${plans.map((p) => escapeRegExp(p.name)).join("|")})[”"’]?(?:规划)?[^。；！？，]{0,12}?(${words.join("|")})`, "g");
  const constraints: YearConstraint[][] = [];
  for (const m of text.matchAll(pattern)) {
    const plan = plans.find((p) => p.name === m[1])!;
    const year = firstYearWords.includes(m[2]) ? plan.start : plan.end;
    constraints.push([wholeYear(year, m[0])]);
  }
  return constraints;
}
