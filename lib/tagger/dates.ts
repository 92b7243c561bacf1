import type { TaggerLookup } from "./lookup";
import { postsMatchingTitle, titleBefore } from "./province";

/** What fixes the year of an article's "X月X日": its publication date, a written year, or inference. */
export interface DateContext {
  publication: string | null;
  year: number | null;
}

const publicationPattern =
  /(?:发布时间|发布日期|发表时间|时间|日期)[：:]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/;
const fullDatePattern = /(20\d{2}|19\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/g;
const monthDayPattern = /(?<![\d年-])(\d{1,2})月(\d{1,2})日/g;

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The publication line: 發布時間:2020-02-14, 发布日期：2022年11月18日. */
export function findPublicationDate(text: string): string | null {
  const m = publicationPattern.exec(text.slice(0, 2000));
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

interface Constraint {
  from: string;
  to: string;
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
  for (const m of lookup.leaderNames.scan(text)) {
    // The same name under another title (省长 here, 省委书记 there) is another constraint.
    const title = titleBefore(text, m.start, lookup);
    const key = `${title ?? ""}${m.phrase}`;
    if (seenNames.has(key)) continue;
    seenNames.add(key);
    const posts = postsMatchingTitle(lookup.leadersByName.get(m.phrase) ?? [], title, lookup);
    const periods = posts.map((p) => ({ from: p.start ?? "1949-10-01", to: p.end ?? "2099-12-31" }));
    if (periods.length) constraints.push(periods);
  }
  if (constraints.length === 0) return null;
  let best: { year: number; score: number; specificity: number } | null = null;
  for (let year = 2019; year <= 2025; year++) {
    const date = `${year}-${monthDay}`;
    let score = 0;
    let specificity = 0;
    for (const options of constraints) {
      const hit = options.find((c) => c.from <= date && date <= c.to);
      if (!hit) continue;
      score++;
      const days = (Date.parse(hit.to) - Date.parse(hit.from)) / 86_400_000;
      specificity += 1 / Math.max(days, 30);
    }
    if (!best || score > best.score || (score === best.score && specificity > best.specificity + 1e-9))
      best = { year, score, specificity };
  }
  return best && best.score > 0 ? best.year : null;
}

export function dateContext(text: string, lookup: TaggerLookup): DateContext {
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
  fullDatePattern.lastIndex = 0;
  monthDayPattern.lastIndex = 0;
  const full = fullDatePattern.exec(text);
  const md = monthDayPattern.exec(text);
  fullDatePattern.lastIndex = 0;
  monthDayPattern.lastIndex = 0;
  if (full && (!md || full.index <= md.index)) return iso(Number(full[1]), Number(full[2]), Number(full[3]));
  if (md) return resolveMonthDay(Number(md[1]), Number(md[2]), ctx);
  return null;
}
