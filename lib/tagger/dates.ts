import type { TaggerLookup } from "./lookup";
import { yearConstraints } from "./year-cues";

/** What fixes the year of an article's "X月X日": its publication date, a written year, or inference. */
export interface DateContext {
  publication: string | null;
  year: number | null;
  /** The page is a late repost: the year its event names (召开2015年全省…会议) dates month and day, not publication. */
  repostOf?: number;
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
const monthDayPattern = /(?<![\d年-])(\d{1,2})月(\d{1,2})[日号]/g;
// A line of the page's header that holds a full date and no sentence: "2023-01-12 09:15:36 来源:贵州日报", "2025-02-26河南日报".
const headerDateLine = /^[^，。；！？]{0,40}?((?:20|19)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?![\d月])[^，。；！？]{0,50}$/;
const headerLines = 12;
// A digital paper's issue line (2014年9月3日 星期三), below its page index; a site's 17-07-26 10:14 来源:….
const issueDateLine = /^((?:20|19)\d{2})年(\d{1,2})月(\d{1,2})日\s*(?:星期|周)[一二三四五六日天]?/;
const shortYearSourceLine = /^(\d{2})-(\d{2})-(\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*来源/;
const issueLines = 40;
const headerDayFirst = /^[^，。；！？]{0,40}?(\d{1,2})\.(\d{1,2})\.((?:20|19)\d{2})(?![\d.])[^，。；！？]{0,50}$/;
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
    if (++seen > issueLines) break;
    const issue = issueDateLine.exec(trimmed);
    if (issue) return iso(Number(issue[1]), Number(issue[2]), Number(issue[3]));
    const short = shortYearSourceLine.exec(trimmed);
    if (short) return iso(2000 + Number(short[1]), Number(short[2]), Number(short[3]));
    if (seen > headerLines) continue;
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

/**
 * The year an article without a written year was most likely written in: the one in which the most
 * of its cues hold (lib/tagger/year-cues.ts), the narrowest such periods first, then the earliest.
 */
export function inferYear(text: string, lookup: TaggerLookup): number | null {
  return yearScores(text, lookup).best;
}

/** Every year's score for an article without a written year, with the cues that gave it. */
export function yearScores(text: string, lookup: TaggerLookup) {
  const md = monthDayPattern.exec(text);
  monthDayPattern.lastIndex = 0;
  const monthDay = md ? `${md[1].padStart(2, "0")}-${md[2].padStart(2, "0")}` : "07-01";
  const constraints = yearConstraints(text, lookup, monthDay);
  const scores: { year: number; score: number; specificity: number; hits: string[] }[] = [];
  let best: (typeof scores)[number] | null = null;
  for (let year = firstYear; year <= lastYear; year++) {
    const date = `${year}-${monthDay}`;
    const entry = { year, score: 0, specificity: 0, hits: [] as string[] };
    for (const options of constraints) {
      const hit = options.find((c) => c.from <= date && date <= c.to);
      if (!hit) continue;
      entry.score += hit.weight ?? 1;
      entry.hits.push(hit.label);
      const days = (Date.parse(hit.to) - Date.parse(hit.from)) / 86_400_000;
      entry.specificity += 1 / Math.max(days, 30);
    }
    scores.push(entry);
    if (!best || entry.score > best.score || (entry.score === best.score && entry.specificity > best.specificity + 1e-9)) best = entry;
  }
  return { best: best && best.score > 0 ? best.year : null, scores };
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

export function dateContext(raw: string, lookup: TaggerLookup, published: string | null = null): DateContext {
  const text = arabicDates(raw);
  const publication = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : findPublicationDate(text);
  if (publication) {
    const named = yearNamedByMeeting(text);
    const published = Number(publication.slice(0, 4));
    if (named !== null && named <= published - 2) return { publication, year: named, repostOf: named };
    return { publication, year: published };
  }
  fullDatePattern.lastIndex = 0;
  const full = fullDatePattern.exec(text);
  fullDatePattern.lastIndex = 0;
  if (full) return { publication: null, year: Number(full[1]) };
  return { publication: null, year: inferYear(text, lookup) };
}

// 召开2015年全省秋季森林草原防火工作视频会议: a meeting named by its year, near the top of the page.
const meetingOfYear = /((?:19|20)\d{2})年(?:度)?[^，。；！？\s\d]{0,24}?(?:会议|大会|座谈会|推进会|部署会|调度会)/;

function yearNamedByMeeting(text: string): number | null {
  const m = meetingOfYear.exec(text.slice(0, 400));
  return m ? Number(m[1]) : null;
}

/** 3月17日 in the article's year; a date well after publication belongs to the year before. */
export function resolveMonthDay(month: number, day: number, ctx: DateContext): string | null {
  if (ctx.year === null) return null;
  const date = iso(ctx.year, month, day);
  if (!date || !ctx.publication || ctx.repostOf !== undefined) return date;
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
export function eventDateIn(
  raw: string,
  ctx: DateContext,
  approx = true,
  running: EventDate | null = null,
  incidents = true,
): EventDate | null {
  const text = arabicDates(raw);
  const written = writtenDateIn(text, ctx, running, incidents);
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
  /((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(?<![\d年-])(\d{1,2})月(\d{1,2})[日号]|(?<![\d月日-])(\d{1,2})日(?=上午|下午|晚|早|凌晨|中午|夜|当天|当日|，|,|、|至)/g;
// The date of a dateline (新华社北京3月17日电, 国家林业局政府网3月26日讯) is the report's, not the event's.
const datelineTail = /^(?:电|讯|消息)/;
// 预计将于28日凌晨登陆: a day still to come is not the day of the event reported.
const foretold = /(?:预计|预报|预测|将于|计划于|拟于|定于|有望于?)[^，。；,]{0,6}$/;
// 6月21日20时40分许，银川…发生燃气爆炸事故: the day of an incident, not of the meeting that answers it.
const incidentAfter = /^[^，。；,]{0,6}?(?:\d{1,2}[时点:：]|许)[^。；]{0,30}?(?:发生|突发|遭遇)|^[^，。；,]{0,30}?(?:发生|突发)[^，。；,]{0,20}(?:事故|爆炸|火灾|地震|险情|灾害|疫情)/;

/** The first event date written in `text`; an incident's date (…许发生事故) only when `incidents` and no other. */
function writtenDateIn(text: string, ctx: DateContext, running: EventDate | null, incidents: boolean): string | null {
  let fromDateline: string | null = null;
  let ofIncident: string | null = null;
  writtenDate.lastIndex = 0;
  for (let m = writtenDate.exec(text); m; m = writtenDate.exec(text)) {
    let date: string | null;
    if (m[1]) date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    else if (m[4]) date = resolveMonthDay(Number(m[4]), Number(m[5]), ctx);
    else if (running?.precision === "day") date = `${running.date.slice(0, 8)}${m[6].padStart(2, "0")}`;
    else continue;
    if (!date || (m[6] && !iso(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(m[6])))) continue;
    if (foretold.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // 截至6月22日6时: the time a count stands at, not an event.
    if (/(?:截至|截止)$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (datelineTail.test(text.slice(m.index + m[0].length))) {
      fromDateline ??= date;
      continue;
    }
    if (incidentAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) {
      ofIncident ??= date;
      continue;
    }
    writtenDate.lastIndex = 0;
    return date;
  }
  return fromDateline ?? (incidents ? ofIncident : null);
}
