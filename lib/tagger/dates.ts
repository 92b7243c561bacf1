import type { TaggerLookup } from "./lookup";
import { postsMatchingTitle, titleBefore } from "./province";

/** What fixes the year of an article's "X月X日": its publication date, a written year, or inference. */
export interface DateContext {
  publication: string | null;
  year: number | null;
}

export type DatePrecision = "day" | "month" | "approx";

/** An event date and how sure it is: written to the day, to the month, or a bound (近日, 日前). */
export interface EventDate {
  date: string;
  precision: DatePrecision;
}

const publicationPattern =
  /(?:发布时间|发布日期|发表时间|更新时间|发稿时间|时间|日期)[：:]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/;
const fullDatePattern = /(20\d{2}|19\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/g;
const monthDayPattern = /(?<![\d年-])(\d{1,2})月(\d{1,2})日/g;
// A line of the page's header that holds a full date and no sentence: "2023-01-12 09:15:36 来源:贵州日报", "2025-02-26河南日报".
const headerDateLine = /^[^，。；！？]{0,40}?((?:20|19)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?![\d月])[^，。；！？]{0,50}$/;
const headerLines = 12;
const headerDayFirst = /^[^，。；！？]{0,40}?(\d{1,2})\.(\d{1,2})\.((?:20|19)\d{2})(?![\d.])[^，。；！？]{0,50}$/;
const writtenYearPattern = /(?<![到至止\d])((?:19|20)\d{2})年(?!\d{1,2}月\d{1,2}日|前|以前|远景)/g;
const relativeDay = /(今天|今日|昨天|昨日|前天|当天|当日)(?:上午|下午|晚上|晚|早上)?/;
// 今（19）日: today, the 19th.
const todayNumbered = /[今昨][（(](\d{1,2})日?[）)]日?/;
const approximate = /近日|日前|近期|前不久|不久前|最近|连日来|近段时间/;
const monthOnly = /(?<![\d年-])(\d{1,2})月(?:份|上旬|中旬|下旬|初|中|底|末)/;

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The publication date: a labelled line (發布時間:2020-02-14, 发布日期：2022年11月18日) anywhere, or a
 * line of the header that holds a full date and nothing of a sentence (2025-02-26河南日报).
 */
export function findPublicationDate(text: string): string | null {
  const labelled = publicationPattern.exec(text);
  if (labelled) return iso(Number(labelled[1]), Number(labelled[2]), Number(labelled[3]));
  let seen = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (++seen > headerLines) break;
    if (trimmed.length > 90) continue;
    const m = headerDateLine.exec(trimmed);
    if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
    const dayFirst = headerDayFirst.exec(trimmed);
    if (dayFirst) return iso(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  }
  return null;
}

// The period the atlas covers: the Xi era.

const firstYear = 2012;
const lastYear = 2026;

interface Constraint {
  from: string;
  to: string;
  /** How much a hit counts: a written year's own year fully, the first months after it by half. */
  weight?: number;
}

/**
 * The year an article without a written year was most likely written in: the one in which the most
 * of its era vocabulary was in use and its named leaders held a post, the narrowest such periods first.
 */
export function inferYear(text: string, lookup: TaggerLookup): number | null {
  const md = monthDayPattern.exec(text);
  monthDayPattern.lastIndex = 0;
  const monthDay = md ? `${md[1].padStart(2, "0")}-${md[2].padStart(2, "0")}` : "07-01";
  const constraints: Constraint[][] = [];
  const seenTerms = new Set<string>();
  for (const m of lookup.eras.scan(text)) {
    if (seenTerms.has(m.phrase)) continue;
    seenTerms.add(m.phrase);
    constraints.push(m.values.map((e) => ({ from: e.from, to: e.to })));
  }
  const seenNames = new Set<string>();
  const namedRegions = new Set(lookup.places.scan(text).map((m) => m.values[0].region));
  for (const m of lookup.leaderNames.scan(text)) {
    // The same name under another title (省长 here, 省委书记 there) is another constraint.
    const title = titleBefore(text, m.start, lookup);
    const key = `${title ?? ""}${m.phrase}`;
    if (seenNames.has(key)) continue;
    seenNames.add(key);
    const titled = postsMatchingTitle(lookup.leadersByName.get(m.phrase) ?? [], title, lookup);
    // 山西省委 and 省委书记骆惠宁: his 山西 post, not the one he held in 青海.
    const inNamedRegion = titled.filter((p) => namedRegions.has(p.region));
    const posts = inNamedRegion.length ? inNamedRegion : titled;
    // A tenure still open is known only up to the day the tables were checked.
    const periods = posts.map((p) => ({ from: p.start ?? "1949-10-01", to: p.end ?? lookup.knowledge.leadersAsOf ?? "2099-12-31" }));
    if (periods.length) constraints.push(periods);
  }
  // 2025年全市森林防灭火工作: that year's work, or a review of it early the next year. Not 到2025年 targets.
  const seenYears = new Set<string>();
  writtenYearPattern.lastIndex = 0;
  for (let m = writtenYearPattern.exec(text); m; m = writtenYearPattern.exec(text)) {
    if (seenYears.has(m[1])) continue;
    seenYears.add(m[1]);
    constraints.push([
      { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` },
      { from: `${Number(m[1]) + 1}-01-01`, to: `${Number(m[1]) + 1}-03-31`, weight: 0.5 },
    ]);
  }
  if (constraints.length === 0) return null;
  let best: { year: number; score: number; specificity: number } | null = null;
  for (let year = firstYear; year <= lastYear; year++) {
    const date = `${year}-${monthDay}`;
    let score = 0;
    let specificity = 0;
    for (const options of constraints) {
      const hit = options.find((c) => c.from <= date && date <= c.to);
      if (!hit) continue;
      score += hit.weight ?? 1;
      const days = (Date.parse(hit.to) - Date.parse(hit.from)) / 86_400_000;
      specificity += 1 / Math.max(days, 30);
    }
    if (!best || score > best.score || (score === best.score && specificity > best.specificity + 1e-9))
      best = { year, score, specificity };
  }
  return best && best.score > 0 ? best.year : null;
}

const chineseDigits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const chineseMonthDay = /([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日|([二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日(?=电|讯|上午|下午|晚)|([〇零一二三四五六七八九]{4})年/g;

function chineseNumber(s: string): number {
  if (!s.includes("十")) return [...s].reduce((n, c) => n * 10 + (chineseDigits[c] ?? 0), 0);
  const [tens, ones] = s.split("十");
  return (tens ? chineseDigits[tens] : 1) * 10 + (ones ? chineseDigits[ones] : 0);
}

/** 六月八日 → 6月8日, 十日电 → 10日电, 二〇二三年 → 2023年: dates as the patterns read them. */
export function arabicDates(text: string): string {
  return text.replace(chineseMonthDay, (all, month, day, lone, year) => {
    if (year) return `${chineseNumber(year)}年`;
    if (lone) return `${chineseNumber(lone)}日`;
    return `${chineseNumber(month)}月${chineseNumber(day)}日`;
  });
}

const datelineDate = /(\d{1,2})月(\d{1,2})日(?:电|讯|消息)|(?<!月)(\d{1,2})日电/;

/** The date of the first dateline (新华社北京3月17日电, 央广网江西频道2月7日消息): the day the report was filed. */
export function datelineDateIn(text: string, ctx: DateContext): string | null {
  const m = datelineDate.exec(arabicDates(text.slice(0, 400)));
  if (!m || !m[1] || ctx.year === null) return null;
  return resolveMonthDay(Number(m[1]), Number(m[2]), ctx);
}

export function dateContext(raw: string, lookup: TaggerLookup): DateContext {
  const text = arabicDates(raw);
  const publication = findPublicationDate(text);
  if (publication) return { publication, year: Number(publication.slice(0, 4)) };
  fullDatePattern.lastIndex = 0;
  const full = fullDatePattern.exec(text);
  fullDatePattern.lastIndex = 0;
  if (full) return { publication: null, year: Number(full[1]) };
  return { publication: null, year: inferYear(text, lookup) };
}

/** 3月17日 in the article's year; a date well after publication belongs to the year before. */
export function resolveMonthDay(month: number, day: number, ctx: DateContext): string | null {
  if (ctx.year === null) return null;
  const date = iso(ctx.year, month, day);
  if (!date || !ctx.publication) return date;
  const ahead = (Date.parse(date) - Date.parse(ctx.publication)) / 86_400_000;
  return ahead > 7 ? iso(ctx.year - 1, month, day) : date;
}

/** The first date written in a piece of text (2020年2月3日, 2020-02-03 or 2月3日), as an ISO date. */
export function firstDateIn(text: string, ctx: DateContext): string | null {
  return eventDateIn(text, ctx, false)?.date ?? null;
}

/**
 * The date an event is introduced with: a written day (2020年2月3日, 2月3日), a day relative to
 * publication (昨天), a month (3月上旬), or, with `approx`, 近日/日前 bounded by publication.
 */
export function eventDateIn(raw: string, ctx: DateContext, approx = true, running: EventDate | null = null): EventDate | null {
  const text = arabicDates(raw);
  const written = writtenDateIn(text, ctx, running);
  if (written) return { date: written, precision: "day" };
  const numbered = todayNumbered.exec(text);
  if (numbered && running?.precision === "day") return { date: `${running.date.slice(0, 8)}${numbered[1].padStart(2, "0")}`, precision: "day" };
  if (numbered && ctx.publication) return { date: `${ctx.publication.slice(0, 8)}${numbered[1].padStart(2, "0")}`, precision: "day" };
  if (ctx.publication) {
    const relative = relativeDay.exec(text);
    if (relative) {
      const back = relative[1].startsWith("昨") ? 1 : relative[1] === "前天" ? 2 : 0;
      if (relative[1] !== "当天" && relative[1] !== "当日") return { date: addDays(ctx.publication, -back), precision: "day" };
    }
  }
  const month = monthOnly.exec(text);
  if (month && ctx.year !== null) {
    const date = resolveMonthDay(Number(month[1]), 1, ctx);
    if (date) return { date, precision: "month" };
  }
  if (approx && ctx.publication && approximate.test(text)) return { date: ctx.publication, precision: "approx" };
  return null;
}

// 2020年2月3日, 2月3日, or a bare 17日 when followed by a time of day or a clause break (17日下午, 18日，).
const writtenDate =
  /((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(?<![\d年-])(\d{1,2})月(\d{1,2})日|(?<![\d月日-])(\d{1,2})日(?=上午|下午|晚|早|凌晨|中午|夜|当天|当日|，|,|、|至)/g;
// The date of a dateline (新华社北京3月17日电, 国家林业局政府网3月26日讯) is the report's, not the event's.
const datelineTail = /^(?:电|讯|消息)/;

function writtenDateIn(text: string, ctx: DateContext, running: EventDate | null): string | null {
  let fromDateline: string | null = null;
  writtenDate.lastIndex = 0;
  for (let m = writtenDate.exec(text); m; m = writtenDate.exec(text)) {
    let date: string | null;
    if (m[1]) date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    else if (m[4]) date = resolveMonthDay(Number(m[4]), Number(m[5]), ctx);
    else if (running?.precision === "day") date = `${running.date.slice(0, 8)}${m[6].padStart(2, "0")}`;
    else continue;
    if (!date || (m[6] && !iso(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(m[6])))) continue;
    if (datelineTail.test(text.slice(m.index + m[0].length))) {
      fromDateline ??= date;
      continue;
    }
    writtenDate.lastIndex = 0;
    return date;
  }
  return fromDateline;
}
