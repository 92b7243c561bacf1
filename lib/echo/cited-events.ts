// Cited directives: a local statement that names the central meeting, speech, instruction or
// document it carries out is linked to that event when it is loaded — by its name (or its leader
// and kind) and its date, the nearest before the statement when no date is written.
import type { Cite } from "@/lib/tagger/types";
import { wordingOf } from "./wording";

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
}

const MEETING = /(?:中共中央|党中央|中央|全国|国务院)[\u4e00-\u9fff、]{0,18}?(?:会议|大会|全会|座谈会)/g;
const DOCUMENT = /《([^》]{4,40})》|([\u4e00-\u9fff]{0,12}[0-9〇零一二两三四五六七八九十]+条[\u4e00-\u9fff]{0,4}?措施)/g;
/** The same body in its long and short forms. */
const SYNONYMS: [RegExp, string][] = [
  [/常务委员会/g, "常委会"],
  [/中共中央|党中央/g, "中央"],
  [/(?:、|和)?全(?:省|市|区|州|县)/g, ""],
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
}

/** Meetings and documents named in a text, canonical and specific enough to find one event. */
export function namedEvents(text: string): NamedEvent[] {
  const names = new Map<string, NamedEvent>();
  for (const m of text.matchAll(MEETING)) {
    // The last body named is the meeting's (习近平总书记在中央政治局常委会会议 → 中央政治局常委会会议).
    const name = canonicalName(m[0].replace(/^.*[在的]/, ""));
    if (name.length >= MIN_NAME && !GENERIC_MEETING.test(name)) names.set(name, { name, named: "meeting", text: m[0] });
  }
  for (const m of text.matchAll(DOCUMENT)) {
    // A package of measures is known by its count (二十条优化措施 ~ 二十条措施 → 20条).
    const name = m[1] ? canonicalName(m[1]).replace(/^(?:进一步|关于)/, "") : canonicalName(m[2]).match(/[0-9]+条/)![0];
    if (name.length >= 3) names.set(name, { name, named: "document", text: m[0] });
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

const ANAPHORA = /(?:贯彻落实好?|学习贯彻|传达学习|落实好?)(?:这次|此次|本次)?(?:会议|大会)精神/;

/** A statement that carries out "the meeting" its own article has just reported (就贯彻落实好会议精神). */
export function citesOwnArticle(text: string): boolean {
  return ANAPHORA.test(text);
}

/** Does the event tell of this leader's own instruction or speech? */
function leaderActs(event: CentralEvent, leader: string, kind: Cite["kind"]): boolean {
  const act = kind === "speech" ? "(?:讲话|致辞)" : "(?:指示|批示)";
  return new RegExp(`${leader}[^。；]{0,40}?(?:作出|做出|发表|作了|作)[^。；]{0,8}?${act}|${leader}[^。；]{0,6}?${act}(?:指出|强调|要求)`).test(event.text);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ISSUES = "(?:研究部署|研究|部署|审议通过|审议|印发|出台|发布|制定|通过)";

export function eventMatches(event: CentralEvent, name: CiteName): boolean {
  if (name.name && name.named === "meeting") {
    // The body that holds it, then 会议 a few words on (中共中央政治局常务委员会11月10日召开会议).
    const [, body, noun] = /^(.*?)((?:会议|大会|全会|座谈会))$/.exec(name.name) ?? [];
    if (!body) return event.wording.includes(name.name);
    return new RegExp(`${escapeRegExp(body)}[^会]{0,12}?${noun}`).test(event.wording);
  }
  // A document belongs to the event that issued it, not to every event that mentions it.
  if (name.name) return new RegExp(`${ISSUES}[^。；]{0,24}?${escapeRegExp(name.name)}`).test(event.wording);
  return !!name.leader && leaderActs(event, name.leader, name.kind);
}

/**
 * The events a cite is linked to: those matching its name on the date written (a meeting may run
 * two days) or, with no date, the nearest matching day inside [earliest, latest].
 */
export function resolveCite(name: CiteName, citeDay: number | null, earliest: number, latest: number, events: CentralEvent[]): CentralEvent[] {
  const matching = events.filter((e) => (citeDay !== null ? Math.abs(e.day - citeDay) <= 1 : e.day >= earliest && e.day <= latest) && eventMatches(e, name));
  if (matching.length === 0) return [];
  if (citeDay !== null) return matching;
  const nearest = Math.max(...matching.map((e) => e.day));
  // Two reports of one meeting may date it a day apart (the meeting's day, the report's).
  return matching.filter((e) => e.day >= nearest - 1);
}
