import type { Knowledge } from "../knowledge";
import { charSet, nextCharIn } from "./chars";
import { dateContext, datelineDateIn, eventDateIn, type DateContext, type EventDate } from "./dates";
import { lookupFor, type TaggerLookup } from "./lookup";
import { normalizeText, rawSpan } from "./normalize";
import { splitPassages, type Passage } from "./passages";
import { inferStoryContext, levelIn, placeConvening, provinceOfPerson, type ProvinceDecision, type StoryContext } from "./province";
import { buildRegistry, type OfficeInfo, type SpeakerMention } from "./speakers";
import { citesIn } from "./cites";
import { draftStatements, type StatementDraft } from "./statements";
import { classifyStatement } from "./classify";
import { statementKind } from "./kinds";
import { storyFields, themePhrases, themesOf } from "./themes";
import type { Evidence, TaggedArticle, TaggedStatement } from "./types";

export type { Cite, Evidence, Level, StatementKind, TaggedArticle, TaggedPassage, TaggedStatement } from "./types";
export { statementKind, type KindRule } from "./kinds";
export { storyFields, themePhrases, themesOf, topicsOf } from "./themes";

export interface TagOptions {
  /** Used as the title of an article that has neither a headline nor a body. */
  fileName?: string;
  /** The publication date the article's metadata gives (front matter, a corpus record), ISO. */
  published?: string | null;
}

const clauseOrSentenceEnd = charSet("，。；！？");
const sentenceEnd = charSet("。！？");

function untilClauseEnd(text: string, from: number, limit: number): number {
  return nextCharIn(text, clauseOrSentenceEnd, from, limit);
}

function firstSentenceEnd(text: string, from: number, limit: number): number {
  return nextCharIn(text, sentenceEnd, from, limit);
}

/** The date written where a statement is introduced: 2月24日赴…调研 dates that statement. */
// Where the speaker's own words begin: dates after it are what they speak of (会议9月23日召开…), not when.
const reportingVerbAt = /指出|强调|表示|要求|认为|提出|说/g;

// 赴…调研, 在调研中指出: a visit, dated where it is introduced and spoken of later without its date.
const visitWord = /调研|考察|视察|检查|督导|慰问/;

/** The words that introduce a statement: up to its speaker's reporting verb, or its first sentence. */
function introduction(d: StatementDraft, text: string): string {
  let end = d.speaker && !d.carried ? untilClauseEnd(text, Math.max(d.attributionEnd, d.start), d.end) : firstSentenceEnd(text, d.start, d.end);
  if (d.speaker && !d.carried) {
    reportingVerbAt.lastIndex = Math.max(d.attributionEnd, d.start);
    const verb = reportingVerbAt.exec(text);
    if (verb && verb.index < end) end = verb.index;
  }
  return text.slice(d.start, end);
}

function ownDate(d: StatementDraft, text: string, dates: DateContext, running: EventDate | null): EventDate | null {
  return eventDateIn(introduction(d, text), dates, true, running, false);
}

interface Story {
  id: number;
  passages: Passage[];
  drafts: StatementDraft[];
  date: EventDate | null;
  context: StoryContext;
}

function storyLead(passages: Passage[]): string {
  const parts: string[] = [];
  for (const p of passages) {
    if (p.kind === "headline") parts.push(p.text);
    else if (p.kind === "body") {
      if (p.dateline) parts.push(p.text.slice(0, untilClauseEnd(p.text, 0, Math.min(p.text.length, 60))));
      break;
    }
  }
  return parts.join(" ");
}

// 主办单位：常州市水利局, 地址：常州市龙城大道…: the footer of a government site names who publishes it.
const siteLine = /^(?:主办单位|主办|承办单位|承办|版权所有|地址|联系地址)\s*[：:]/;

/** The story's first sentence: where it says who convened what (6月25日，惠州市召开…会议). */
function storyOpening(passages: Passage[]): string {
  const body = passages.find((p) => p.kind === "body");
  return body ? body.text.slice(0, firstSentenceEnd(body.text, 0, Math.min(body.text.length, 80))) : "";
}

function storyDate(passages: Passage[], dates: DateContext): EventDate | null {
  const body = passages.find((p) => p.kind === "body");
  const head = passages.filter((p) => p.kind === "headline").map((p) => p.text).join(" ");
  const all = passages.map((p) => p.text).join("\n");
  // 6月21日20时40分许…发生事故 opens many reports of the meetings held the next day: an incident's date last.
  return (
    (body && eventDateIn(body.text.slice(0, 80), dates, true, null, false)) ??
    eventDateIn(head, dates, true, null, false) ??
    eventDateIn(all, dates, true, null, false) ??
    (body && eventDateIn(body.text.slice(0, 80), dates)) ??
    eventDateIn(all, dates)
  );
}

/** A 省长 or 市委书记 is never central: in a central story, the place named where they are introduced decides. */
function localProvinceOf(d: StatementDraft, text: string, story: Story, lookup: TaggerLookup): ProvinceDecision | null {
  const sentence = text.slice(d.start, firstSentenceEnd(text, d.start, d.end));
  const place = lookup.places.scan(sentence)[0];
  if (place) {
    const ref = place.values[0];
    return { province: ref.region, level: null, city: ref.city, office: null, evidence: [{ kind: "city", detail: `${place.phrase} → ${ref.region}` }] };
  }
  const province = story.context.localProvince;
  if (!province) return null;
  return { province, level: null, city: null, office: null, evidence: [{ kind: "context", detail: `story, outside its central parts → ${province}` }] };
}

const localMeeting = /^(?:全省|全市|全区|全州|省|市|州)[^，。]{0,12}会议/;

/** The place of a meeting named as local (全省会议, 省委常委会会议) in a story that names no province of its own. */
function localMeetingProvince(d: StatementDraft, text: string, story: Story, lookup: TaggerLookup): ProvinceDecision | null {
  const body = d.speaker?.meetingBody ?? "";
  if (!localMeeting.test(body.trim())) return null;
  return localProvinceOf(d, text, story, lookup);
}

/**
 * 省委书记刘宁 in a story whose dateline, paper and places say 河南 and which says 我省: the article's
 * words win over a tenure table that says 广西. Only a provincial title that names no region is read so.
 */
function wordsOverruleTenure(own: ProvinceDecision, office: OfficeInfo | null, ctx: StoryContext): ProvinceDecision | null {
  const words = ctx.wordsProvince;
  if (!words || words === "中央" || words === own.province || own.evidence[0]?.kind !== "tenure") return null;
  if (!office || office.region || office.city || office.central || office.level === "municipal") return null;
  return {
    ...own,
    province: words,
    city: null,
    evidence: [{ kind: "context", detail: `${office.office} in a ${words} story (${ctx.evidence[0]?.detail ?? "its words"}); the tenure table says ${own.province}` }],
  };
}

function decide(
  d: StatementDraft,
  text: string,
  date: string | null,
  story: Story,
  lookup: TaggerLookup,
): ProvinceDecision & { speaker: string | null } {
  const ctx = story.context;
  const carry: Evidence[] = d.carried && d.speaker?.name ? [{ kind: "carry-over", detail: `continues ${d.speaker.name}` }] : [];
  const fromContext = (level = ctx.level): ProvinceDecision => ({
    province: ctx.province,
    level: levelIn(ctx.province, level, lookup),
    city: levelIn(ctx.province, level, lookup) === "municipal" ? ctx.city : null,
    office: null,
    evidence: ctx.evidence,
  });
  const speaker = d.speaker;
  if (speaker?.kind === "person" && speaker.name) {
    const own = provinceOfPerson(speaker.name, speaker.office, date, lookup, ctx.province);
    const overruled = own && wordsOverruleTenure(own, speaker.office, ctx);
    if (overruled) return { ...overruled, evidence: [...overruled.evidence, ...carry], speaker: speaker.name };
    if (own) return { ...own, evidence: [...own.evidence, ...carry], speaker: speaker.name };
    const titleLevel = speaker.office?.central ? null : speaker.office?.level;
    if (titleLevel && (ctx.province === "中央" || !ctx.province)) {
      const local = localProvinceOf(d, text, story, lookup);
      if (local?.province) {
        const level = levelIn(local.province, titleLevel, lookup);
        return {
          ...local,
          level,
          city: speaker.office?.city ?? (level === "municipal" ? local.city : null),
          office: speaker.office?.office ?? null,
          evidence: [...local.evidence, ...carry],
          speaker: speaker.name,
        };
      }
    }
    const level = levelIn(ctx.province, speaker.office?.level ?? ctx.level, lookup);
    return {
      ...fromContext(level),
      city: speaker.office?.city ?? (level === "municipal" ? ctx.city : null),
      office: speaker.office?.office ?? null,
      evidence: [...ctx.evidence, ...carry],
      speaker: speaker.name,
    };
  }
  if (d.convening?.central)
    return {
      province: "中央",
      level: "central",
      city: null,
      office: null,
      evidence: [{ kind: "central-body", detail: "meeting convened by a central body" }, ...carry],
      speaker: speaker?.kind === "meeting" ? "会议" : null,
    };
  if (speaker?.kind === "meeting") {
    const meetingLevel = d.convening?.level ?? ctx.level;
    // 全省会议强调 in a county's report of national and provincial meetings: a local meeting of the story's place.
    const local = !d.convening?.central && (!ctx.province || ctx.province === "中央") ? localMeetingProvince(d, text, story, lookup) : null;
    if (local?.province) {
      const level = levelIn(local.province, meetingLevel && meetingLevel !== "central" ? meetingLevel : "provincial", lookup);
      return { ...local, level, city: level === "municipal" ? local.city : null, evidence: [...local.evidence, ...carry], speaker: "会议" };
    }
    const decision = fromContext(meetingLevel);
    return { ...decision, evidence: [...decision.evidence, ...carry], speaker: "会议" };
  }
  // 湖北省农业农村厅办公室近日下发…: a paragraph that opens with a place's body acting is that place's.
  if (!speaker && d.start === d.passage.start) {
    const convener = placeConvening(text.slice(d.start, firstSentenceEnd(text, d.start, d.end)), lookup);
    if (convener && convener.ref.region !== ctx.province) {
      const level = levelIn(convener.ref.region, convener.ref.city ? "municipal" : "provincial", lookup);
      return {
        province: convener.ref.region,
        level,
        city: level === "municipal" ? convener.ref.city : null,
        office: null,
        evidence: [{ kind: "city", detail: `${convener.phrase} convenes → ${convener.ref.region}` }],
        speaker: null,
      };
    }
  }
  return { ...fromContext(), speaker: null };
}

const sentenceClose = /[。！？!?][”’」』]?/g;
// Readings that decide a sentence's kind by themselves; the others go with the sentences before them.
const decisiveRules = new Set(["procedure", "instruction", "evaluation"]);

/** Runs of sentences of one kind: [start, end) offsets into the statement's text. */
function kindSegments(text: string, lookup: TaggerLookup): [number, number][] {
  const segments: [number, number][] = [];
  let kind: string | null = null;
  let from = 0;
  let at = 0;
  sentenceClose.lastIndex = 0;
  for (let m = sentenceClose.exec(text); ; m = sentenceClose.exec(text)) {
    const end = m ? m.index + m[0].length : text.length;
    if (end <= at) break;
    const decision = statementKind(text.slice(at, end), { headline: false }, lookup.knowledge.kinds);
    // A sentence that decides its kind by itself and differs starts a new statement: an assessment after
    // the instructions, a closing attendance line (X、Y出席会议。); the others go with the sentences before them.
    if (decisiveRules.has(decision.rule) && kind !== null && decision.kind !== kind) {
      segments.push([from, at]);
      from = at;
    }
    if (decisiveRules.has(decision.rule) || kind === null) kind = decision.kind;
    at = end;
    if (!m) break;
  }
  segments.push([from, text.length]);
  return segments.filter(([a, b]) => /[\u3400-\u9fff]/.test(text.slice(a, b)));
}

/** Tags one raw article: passages, and statements with speaker, province, level, date and themes. Pure. */
export function tagArticle(raw: string, knowledge: Knowledge, options: TagOptions = {}): TaggedArticle {
  const lookup = lookupFor(knowledge);
  const { norm, passages } = splitPassages(normalizeText(raw), raw);
  const text = norm.text;
  const registry = buildRegistry(
    passages.filter((p) => p.kind === "headline" || p.kind === "body").map((p) => p.text),
    lookup,
  );
  const dates = dateContext(text, lookup, options.published ?? null);
  const drafts = draftStatements(passages, lookup, registry);

  const stories: Story[] = [];
  for (const p of passages) {
    let s = stories[stories.length - 1];
    if (!s || s.id !== p.story) {
      s = { id: p.story, passages: [], drafts: [], date: null, context: { province: null, level: null, city: null, evidence: [], localProvince: null, wordsProvince: null } };
      stories.push(s);
    }
    s.passages.push(p);
  }
  const storyOf = new Map<Passage, Story>();
  for (const s of stories) for (const p of s.passages) storyOf.set(p, s);
  for (const d of drafts) storyOf.get(d.passage)?.drafts.push(d);

  const statementDates = new Map<StatementDraft, EventDate | null>();
  // An undated story reported on its publication day or before it: the publication date is a bound.
  const published: EventDate | null = dates.publication ? { date: dates.publication, precision: "approx" } : null;
  const site = passages.filter((p) => siteLine.test(p.text)).map((p) => p.text).join("\n");
  // A later "story" without a dateline of its own is most often a section of the one before it
  // (新京报's 2013年 / 结果比预想的好 subheads, a roundup's 省长赶赴受灾一线): it goes on with its date and place.
  let previous: { running: EventDate | null; context: StoryContext } | null = null;
  // 郑栅洁2月24日赴…调研 … 郑栅洁在调研中指出: the same visit, across the article's sections.
  const visitDates = new Map<string, EventDate>();
  for (const s of stories) {
    const continues: boolean = previous !== null && !s.passages.some((p) => p.dateline);
    s.date = storyDate(s.passages, dates) ?? (continues ? previous!.running : null) ?? published;
    let running: EventDate | null = s.date;
    // 本报9月2日讯…今天上午: 今天 is the dateline's day, which a paper prints the day before its issue.
    const opening = s.passages.find((p) => p.kind === "body")?.text.slice(0, 40) ?? "";
    const filed = datelineDateIn(opening, dates);
    const storyDates: DateContext = filed ? { ...dates, publication: filed } : dates;
    for (const d of s.drafts) {
      if (d.passage.kind === "section") running = s.date;
      let own = ownDate(d, text, storyDates, running);
      const visit = d.speaker?.name && !d.carried && visitWord.test(introduction(d, text)) ? d.speaker.name : null;
      if (visit && own) visitDates.set(visit, own);
      else if (visit && !own) own = visitDates.get(visit) ?? null;
      if (own) running = own;
      statementDates.set(d, own ?? running);
    }
    const speakers: ProvinceDecision[] = [];
    for (const d of s.drafts) {
      if (d.carried || d.speaker?.kind !== "person" || !d.speaker.name) continue;
      const decision = provinceOfPerson(d.speaker.name, d.speaker.office, statementDates.get(d)?.date ?? null, lookup);
      if (decision) speakers.push(decision);
    }
    const firstConvening = s.drafts.find((d) => d.convening && d.speaker?.kind !== "meeting")?.convening;
    s.context = inferStoryContext(
      {
        text: s.passages.filter((p) => p.kind !== "byline" && p.kind !== "meta").map((p) => p.text).join("\n"),
        masthead: s.passages.filter((p) => p.kind === "byline" || p.kind === "meta").map((p) => p.text).join("\n"),
        site,
        lead: storyLead(s.passages),
        opening: storyOpening(s.passages),
        speakers,
        centralConvened: firstConvening?.central === true && s.drafts.indexOf(s.drafts.find((d) => d.convening === firstConvening)!) < 6,
      },
      lookup,
    );
    if (continues && !s.context.province && s.context.evidence.length === 0) s.context = previous!.context;
    previous = { running, context: s.context };
  }

  const statements: TaggedStatement[] = [];
  for (const s of stories) {
    // A carried-over statement keeps the province decided where its speaker was introduced.
    const decided = new Map<SpeakerMention, ProvinceDecision & { speaker: string | null }>();
    const phrases = s.drafts.map((d) => themePhrases(text.slice(d.start, d.end), lookup.knowledge));
    const fields = storyFields(phrases);
    for (const [i, d] of s.drafts.entries()) {
      const dated = statementDates.get(d) ?? null;
      const date = dated?.date ?? null;
      const earlier = d.carried && d.speaker ? decided.get(d.speaker) : undefined;
      const decision = earlier
        ? { ...earlier, evidence: [...earlier.evidence.filter((e) => e.kind !== "carry-over"), { kind: "carry-over" as const, detail: `continues ${earlier.speaker ?? "the last speaker"}` }] }
        : decide(d, text, date, s, lookup);
      if (d.speaker && !d.carried) decided.set(d.speaker, decision);
      // Headlines and section headings are passages, never statements.
      if (d.passage.kind !== "body") continue;
      const clean = text.slice(d.start, d.end);
      const matches = themesOf(phrases[i], fields, lookup.knowledge);
      // No speaker, no jurisdiction, no theme: prose, not anyone's statement.
      if (!decision.speaker && !decision.province && matches.length === 0) continue;
      // A paragraph that first assesses and then instructs is two statements: each is counted as what it is.
      for (const [from, to] of kindSegments(clean, lookup)) {
        const part = clean.slice(from, to);
        const partMatches = from === 0 && to === clean.length ? matches : themesOf(themePhrases(part, lookup.knowledge), fields, lookup.knowledge);
        const [start, end] = rawSpan(norm, d.start + from, d.start + to);
        const about = classifyStatement(part, partMatches, fields, { headline: false }, lookup.knowledge);
        statements.push({
          start,
          end,
          text: part,
          province: decision.province,
          city: decision.city,
          speaker: decision.speaker,
          office: decision.speaker ? decision.office : null,
          level: decision.level,
          date,
          datePrecision: dated?.precision ?? null,
          themes: about.themes,
          topics: about.topics,
          kind: about.kind,
          cites: citesIn(part, dates, lookup),
          evidence: [...decision.evidence, ...about.evidence],
        });
      }
    }
  }

  const headline = passages.find((p) => p.kind === "headline");
  const firstBody = passages.find((p) => p.kind === "body");
  const fromFileName = options.fileName?.split(/[\\/]/).pop()?.replace(/\.[^.]*$/, "") ?? null;
  const title =
    headline?.text ??
    (firstBody ? firstBody.text.slice(0, firstSentenceEnd(firstBody.text, 0, Math.min(60, firstBody.text.length))) : fromFileName);
  return {
    title,
    date: dates.publication ?? datelineDateIn(text, dates) ?? stories.find((s) => s.date)?.date?.date ?? null,
    passages: passages.map((p) => {
      const [start, end] = rawSpan(norm, p.start, p.end);
      return { start, end, text: p.text };
    }),
    statements,
  };
}
