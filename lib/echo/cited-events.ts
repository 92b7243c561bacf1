// Cited directives: a local statement that names the central meeting, speech, instruction or
// document it carries out is linked to that event when it is loaded — by its name (or its leader
// and kind) and its date, the nearest before the statement when no date is written.
import centralBodies from "@/data/central-bodies.json";
import type { Cite } from "@/lib/tagger/types";
import { chineseNumeral, wordingOf } from "./wording";

/** What a cite names, reduced to what can be looked for in the central statements. */
export interface CiteName {
  /** A meeting or document as canonical wording (中央政治局常委会会议, 20条措施), or null. */
  name: string | null;
  /** A meeting is found by the body that holds it, a document by the event that issues it. */
  named: "meeting" | "document" | null;
  /** A central leader whose own instruction or speech is cited, or null. */
  leader: string | null;
  kind: Cite["kind"];
}

export interface CentralEvent {
  /** Central statements of one article on one day: one event as one report tells it. */
  statementIds: number[];
  articleId: number;
  day: number;
  /** The statements' text joined, as canonicalName gives it. */
  wording: string;
  /** The article's headline and lead and the statements' text, joined: for leaders' acts (习近平…作出重要指示). */
  text: string;
  /** Told inside a local report (a province relaying what the centre said): the centre's own report comes first. */
  relayed?: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Short forms of standing central meetings (国常会), longest first, each read as its full name. */
const MEETING_ALIASES: [RegExp, string][] = centralBodies.meetings.meetings
  .flatMap((m) => m.aliases.map((alias) => [alias, m.name] as const))
  .sort((a, b) => b[0].length - a[0].length)
  // An alias the full name ends with (政治局常委会会议) is not read inside the full name.
  .map(([alias, name]) => {
    const head = name.endsWith(alias) ? `(?<!${escapeRegExp(name.slice(0, -alias.length))})` : "";
    return [new RegExp(`${head}${escapeRegExp(alias)}(?!议)`, "g"), name];
  });
/** The central bodies by every name (国务院安委会, 国家防总): a meeting one of them holds is the centre's. */
const BODY_NAMES = centralBodies.bodies
  .flatMap((b) => [b.name, ...b.aliases])
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp);
const MEETING = new RegExp(
  `(?:${BODY_NAMES.join("|")}|中共中央|党中央|中央|全国|国务院)[\\u4e00-\\u9fff、]{0,18}?(?:会议|大会|全会|座谈会|会商会)|${centralBodies.meetings.meetings.flatMap((m) => m.aliases).map(escapeRegExp).join("|")}`,
  "g",
);
const NUMERAL = "[0-9〇零一二两三四五六七八九十百]+";
/**
 * A named document, or a package of measures known by its count: 二十条优化措施, 国务院安委会15条措施,
 * 国家15条, 新十条 (a count alone, 十条, is not a name: 第十条 is an article of a law).
 */
const DOCUMENT = new RegExp(
  `《([^》]{4,40})》|((?:新|国|国家|国务院[\\u4e00-\\u9fff]{0,8}?)?(?<![第省市县区州])${NUMERAL}条(?:[\\u4e00-\\u9fff]{0,8}?(?:措施|举措|政策|意见|规定))?)|(第${NUMERAL}版[\\u4e00-\\u9fff]{0,6}?方案)`,
  "g",
);
const PACKAGE_NAMED = /^(?:新|国|国家|国务院)|(?:措施|举措|政策|意见|规定)$/;
/** The same body in its long and short forms. */
const SYNONYMS: [RegExp, string][] = [
  ...MEETING_ALIASES,
  [/常务委员会/g, "常委会"],
  [/中共中央|党中央/g, "中央"],
  [/(?:、|和)?全(?:省|市|区|州|县)/g, ""],
  // 全国和自治区有关森林防灭火工作会议, 国家、省、市会议: the national meeting and its local relays.
  [/(?<=全国|国家)(?:[、和及](?:本|我)?(?:省|市|自治区|区|州|县))+(?:有关)?/g, ""],
  [/新一届|第一次|二十届|十九届/g, ""],
  [/视频会议|电视电话会议/g, "电视电话会议"],
];
/** Words that name no one event: 中央精神, 党中央决策部署, 习近平总书记关于安全生产的重要论述. */
const GENERIC_MEETING = /^(?:中央|全国|国务院)(?:会议|电视电话会议)?$/;
const MIN_NAME = 6;

export function canonicalName(text: string): string {
  let s = text;
  for (const [pattern, to] of SYNONYMS) s = s.replace(pattern, to);
  return wordingOf(s).text;
}

export interface NamedEvent {
  name: string;
  named: "meeting" | "document";
  /** The words that name it, as written. */
  text: string;
  /** The month and day written just before it (11月10日中央政治局常委会会议), or null. */
  monthDay: { month: number; day: number } | null;
}

const MONTH_DAY_BEFORE = /([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日(?:召开的?|举行的?|的)?$/;

function monthDayBefore(text: string, at: number): NamedEvent["monthDay"] {
  const m = MONTH_DAY_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
  if (!m) return null;
  const month = /^[0-9]+$/.test(m[1]) ? Number(m[1]) : chineseNumeral(m[1]);
  const day = /^[0-9]+$/.test(m[2]) ? Number(m[2]) : chineseNumeral(m[2]);
  return month && day && month <= 12 && day <= 31 ? { month, day } : null;
}

/** Meetings and documents named in a text, canonical and specific enough to find one event. */
export function namedEvents(text: string): NamedEvent[] {
  const names = new Map<string, NamedEvent>();
  for (const m of text.matchAll(MEETING)) {
    // The last body named is the meeting's (习近平总书记在中央政治局常委会会议 → 中央政治局常委会会议).
    const written = m[0].replace(/^.*[在的]/, "");
    const name = canonicalName(written);
    const at = m.index + m[0].length - written.length;
    if (name.length >= MIN_NAME && !GENERIC_MEETING.test(name)) names.set(name, { name, named: "meeting", text: m[0], monthDay: monthDayBefore(text, at) });
  }
  for (const m of text.matchAll(DOCUMENT)) {
    let name: string;
    if (m[1]) name = canonicalName(m[1]).replace(/^(?:进一步|关于)+/, "");
    else if (m[2]) {
      // A package of measures is known by its count (二十条优化措施 ~ 二十条措施 ~ 新二十条 → 20条).
      if (!PACKAGE_NAMED.test(m[2])) continue;
      name = canonicalName(m[2]).match(/[0-9]+条/)?.[0] ?? "";
    } else name = canonicalName(m[3]);
    if (name.length >= 3) names.set(name, { name, named: "document", text: m[0], monthDay: monthDayBefore(text, m.index) });
  }
  return [...names.values()];
}

/** What a cite names; null when it names no particular event (党中央、国务院决策部署, 关于…的重要论述). */
export function citeName(cite: Cite): CiteName | null {
  const named = namedEvents(cite.event)[0] ?? null;
  if (named) return { name: named.name, named: named.named, leader: cite.speaker, kind: cite.kind };
  if (/论述|思想/.test(cite.text)) return null;
  if (cite.speaker && (cite.kind === "instruction" || cite.kind === "speech")) return { name: null, named: null, leader: cite.speaker, kind: cite.kind };
  return null;
}

/**
 * "The meeting" as the article has just reported it (就贯彻落实好会议精神, 把学习贯彻这次大会精神), or the national
 * meeting relayed with its local one (认真贯彻全国、全省会议精神, 按照全国、全省视频会议部署).
 */
const MEETING_REFERENCE =
  /(?:传达学习|学习贯彻|贯彻落实好?|传达|贯彻|落实好?|按照)(?:这次|此次|本次|上述)?(?:(?:全国|国家)(?:[、和及](?:全|本|我)?(?:省|市|自治区|区|州|县))*(?:电视电话|视频)?)?(?:会议|大会)(?:精神|部署|要求)/;

/** The words by which a statement carries out a meeting it does not name, or null. */
export function meetingReference(text: string): string | null {
  return MEETING_REFERENCE.exec(text)?.[0] ?? null;
}

/** A central leader's post, as data/leaders/central.csv holds it. */
export interface CentralPost {
  name: string;
  office: string;
  start: string | null;
  end: string | null;
}

const TITLES = [...centralBodies.leaderTitles.titles].sort((a, b) => b.title.length - a.title.length);
const TITLE = new RegExp(TITLES.map((t) => escapeRegExp(t.title)).join("|"), "g");
const heldOn = (post: CentralPost, iso: string) => (post.start === null || post.start <= iso) && (post.end === null || iso < post.end);

/**
 * The central leader a text names by office on a day: 张国清副总理 → 张国清 when he then held the office;
 * 总书记, 总理 alone → whoever then held it. Null when the title names no one (副总理 alone) or no one
 * known held it.
 */
export function leaderByTitle(text: string, iso: string, posts: CentralPost[]): string | null {
  for (const m of text.matchAll(TITLE)) {
    // 总理 at the end of 副总理 is that title, already read.
    if (TITLES.some((t) => t.title.length > m[0].length && t.title.endsWith(m[0]) && text.slice(0, m.index + m[0].length).endsWith(t.title))) continue;
    const title = TITLES.find((t) => t.title === m[0])!;
    const holders = posts.filter((p) => p.office === title.office && heldOn(p, iso));
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const named = holders.find((p) => before.endsWith(p.name));
    if (named) return named.name;
    if (title.alone && holders.length > 0 && new Set(holders.map((p) => p.name)).size === 1) return holders[0].name;
  }
  return null;
}

const TITLE_WORDS = TITLES.map((t) => escapeRegExp(t.title)).join("|");
/**
 * A leader's own speech or instruction that a statement says it carries out (把思想和行动统一到总书记的重要讲话
 * 精神上来), or that it opens on as its subject (会议指出，习近平总书记的重要讲话高屋建瓴): either names the act.
 */
const LEADER_ACT = new RegExp(
  `(?:(?:学习|贯彻|落实|传达|领会|统一到|按照|遵照|对照)[^。；！？]{0,30}?|(?:^|[。；！？，：:])[\\u4e00-\\u9fff]{0,8}?)(?:${TITLE_WORDS})[^。；！？，]{0,48}?(重要讲话|重要指示批示|重要指示|重要批示|批示|指示|讲话)`,
  "g",
);

export function leaderActs(text: string): { text: string; kind: "speech" | "instruction" }[] {
  // 关于…的重要论述和重要指示精神 names an instruction; 重要论述和…重要讲话, a body of thought and any speech.
  return [...text.matchAll(LEADER_ACT)]
    .map((m) => ({ text: m[0], kind: /讲话/.test(m[1]) ? ("speech" as const) : ("instruction" as const) }))
    .filter((act) => act.kind === "instruction" || !/论述|思想/.test(act.text));
}

/** Does the event tell of this leader's own instruction or speech? */
function eventTellsOfAct(event: CentralEvent, leader: string, kind: Cite["kind"]): boolean {
  const act = kind === "speech" ? "(?:讲话|致辞)" : "(?:指示|批示)";
  return new RegExp(`${leader}[^。；]{0,40}?(?:作出|做出|发表|作了|作)[^。；]{0,8}?${act}|${leader}[^。；]{0,6}?${act}(?:指出|强调|要求)`).test(event.text);
}

const CONVENERS = centralBodies.meetings.sameConvener.prefixes;
const CONVENER = new RegExp(`^(?:${CONVENERS.map(escapeRegExp).join("|")})`);

/** A meeting's body as a pattern: 国务院稳住经济大盘 also finds 全国稳住经济大盘 (the State Council convenes national meetings). */
function bodyPattern(body: string): string {
  const core = body.replace(CONVENER, "");
  if (core === body || core.length < 4) return escapeRegExp(body);
  return `(?:${CONVENERS.map(escapeRegExp).join("|")})${escapeRegExp(core)}`;
}

const ISSUES = "(?:研究部署|研究|部署|审议通过|审议|印发|出台|发布|推出|提出|下发|公布|制定|通过)";

export function eventMatches(event: CentralEvent, name: CiteName): boolean {
  if (name.name && name.named === "meeting") {
    // The body that holds it, then 会议 a few words on (中共中央政治局常务委员会11月10日召开会议).
    const [, body, noun] = /^(.*?)((?:会议|大会|全会|座谈会|会商会))$/.exec(name.name) ?? [];
    if (!body) return event.wording.includes(name.name);
    return new RegExp(`${bodyPattern(body)}[^会]{0,12}?${noun}`).test(event.wording);
  }
  // A document belongs to the event that issued it, not to every event that mentions it.
  if (name.name) return new RegExp(`${ISSUES}[^。；]{0,24}?${escapeRegExp(name.name)}`).test(event.wording);
  return !!name.leader && eventTellsOfAct(event, name.leader, name.kind);
}

/**
 * The events a cite is linked to: those matching its name on the date written (a meeting may run
 * two days) or, with no date, the nearest matching day inside [earliest, latest].
 */
export function resolveCite(name: CiteName, citeDay: number | null, earliest: number, latest: number, events: CentralEvent[]): CentralEvent[] {
  // A written date that finds no such event (a year inferred wrong) is read as unwritten.
  if (citeDay !== null) {
    const onDay = resolveCite(name, null, citeDay - 1, citeDay + 1, events);
    return onDay.length > 0 ? onDay : resolveCite(name, null, earliest, latest, events);
  }
  const matching = events.filter((e) => e.day >= earliest && e.day <= latest && eventMatches(e, name));
  if (matching.length === 0) return [];
  // A province relaying the act days later is not the act: its date would hide the centre's own report.
  const reports = matching.some((e) => !e.relayed) ? matching.filter((e) => !e.relayed) : matching;
  const nearest = Math.max(...reports.map((e) => e.day));
  // Two reports of one meeting may date it a day apart (the meeting's day, the report's).
  return reports.filter((e) => e.day >= nearest - 1);
}
