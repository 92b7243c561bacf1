// Echo detection: which central statements a provincial or municipal statement carries out, and how
// we know. A statement that names the central event it carries out cites it (cited-events.ts); one
// that repeats or adapts the centre's wording echoes it. Candidates come from an inverted trigram
// index over the central statements, read only inside each statement's date window, so the cost
// grows with the corpus and the density of directives per window, never with all pairs; each
// candidate is then aligned (align.ts) and scored by the rarity of the spans it shares.
import boilerplateFile from "@/data/boilerplate.json";
import type { Cite } from "@/lib/tagger/types";
import { GRAM, positionsOf, sharedSpans, trigramsOf, type SharedSpan } from "./align";
import { spansInPriorUse, type PriorUseQuery } from "./prior-use";
import { canonicalName, citeName, eventMatches, leaderActs, leaderByTitle, meetingReference, namedEvents, resolveCite, type CentralEvent, type CentralPost, type CiteName, type NamedEvent } from "./cited-events";
import { wordingOf, type Wording } from "./wording";

export type DatePrecision = "day" | "month" | "approx" | null;
export type EchoKind = "echo" | "cites";

export interface StatementForEcho {
  id: number;
  articleId: number;
  /** The statement's clean text (the tagger's). */
  text: string;
  /** ISO date (YYYY-MM-DD) or null: undated statements take part in no echo. */
  date: string | null;
  datePrecision: DatePrecision;
  /** "central" statements are the references; "provincial" and "municipal" ones may echo them. */
  level: string | null;
  cites: Cite[];
  /** The headline and opening of the statement's article, where a report names its event. */
  articleLead: string;
}

export interface Boilerplate {
  common: string[];
  fields: Record<string, { keywords: string[]; phrases: string[] }>;
}

export interface EchoOptions {
  /** How long after a central statement a local one can still echo or cite it without a date. */
  windowDays: number;
  /** Lowest wording score that counts as an echo: the rarity of the shared trigrams, in trigrams found only once. */
  minScore: number;
  /** A trigram in more than this share of statements is common wording and weighs nothing. */
  maxDocumentShare: number;
  boilerplate: Boilerplate;
  /** Central leaders' posts with their tenures, to tell who 总理 or 张国清副总理 was on a day. */
  centralLeaders: CentralPost[];
}

/** Window and threshold as chosen on the dev split of eval/echo (npm run echo:eval). */
export const DEFAULT_ECHO_OPTIONS: EchoOptions = {
  windowDays: 90,
  minScore: 2,
  maxDocumentShare: 0.05,
  boilerplate: boilerplateFile,
  centralLeaders: [],
};

/** A shared span as it reads in both statements: offsets into each statement's text. */
export interface EchoSpan {
  text: string;
  start: number;
  end: number;
  centralStart: number;
  centralEnd: number;
}

export interface EchoLink {
  centralId: number;
  localId: number;
  kind: EchoKind;
  /** The wording score (0 for a cite that shares no wording). */
  score: number;
  /** Days from the central statement to the local one; null for a cite of an undated central report. */
  lagDays: number | null;
  spans: EchoSpan[];
  /** The cite that names the central event, for kind "cites". */
  cite: Cite | null;
}

/** A cite of a local statement, linked to the central statements of its event or to none loaded. */
export interface CitedEvent {
  localId: number;
  cite: Cite;
  /** What was looked for (the event's canonical name, or its leader). */
  name: string;
  centralIds: number[];
  eventDate: string | null;
  lagDays: number | null;
}

export interface EchoResult {
  links: EchoLink[];
  cited: CitedEvent[];
}

/** A shared span this short is one word (重点场所, 统一调度), not shared phrasing... */
const MIN_SHARED = 5;
/** ...unless the local statement quotes it (“四方责任”). */
const MIN_QUOTED_SHARED = 4;
/** A shared run this long is copied, whoever wrote it first; a shorter one written before in other articles is stock wording. */
const MIN_COPIED = 10;
/** A local statement echoes at most this many central statements (the best scored, the nearest first on ties). */
export const MAX_ECHOES_PER_STATEMENT = 10;
/** Candidates aligned per local statement, the most overlapping first. */
const MAX_ALIGNED = 50;
const LOCAL_LEVELS = new Set(["provincial", "municipal"]);
const DAY_MS = 86_400_000;
/** How far a date written to the month, or a bound (近日), may lie from the day stored. */
const LOOSE_DAYS = 31;

interface Dated {
  day: number;
  /** The days the event may have happened on. */
  earliest: number;
  latest: number;
}

function datedOf(date: string | null, precision: DatePrecision): Dated | null {
  const ms = date ? Date.parse(date) : NaN;
  if (Number.isNaN(ms)) return null;
  const day = Math.round(ms / DAY_MS);
  if (precision === "month") return { day, earliest: day - LOOSE_DAYS, latest: day + LOOSE_DAYS };
  if (precision === "approx") return { day, earliest: day - LOOSE_DAYS, latest: day };
  return { day, earliest: day, latest: day };
}

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The days in which a local statement may echo or cite a central one dated `date`: from the earliest
 * day the central statement may have been made to `windowDays` after the latest (a date written to the
 * month widens it by a month each side). The trace, compare and region pages count in the same window.
 */
export function echoWindow(date: string, precision: DatePrecision, windowDays: number): { from: string; to: string } | null {
  const dated = datedOf(date, precision);
  return dated ? { from: isoDay(dated.earliest), to: isoDay(dated.latest + windowDays) } : null;
}

interface Prepared {
  statement: StatementForEcho;
  wording: Wording;
  grams: string[];
  distinct: Set<string>;
  fields: string[];
  dated: Dated | null;
}

interface Weights {
  /** In how many statements a trigram is found. */
  df(gram: string): number;
  /** Rarity of a trigram over the corpus; 0 for common wording and the stock formulas of every field. */
  weight(gram: string): number;
  /** The same, with the stock formulas of these fields also at 0. */
  forFields(fields: string[]): (gram: string) => number;
}

/** The policy fields a statement belongs to, by its own words and its article's headline and lead. */
function fieldsOf(text: string, boilerplate: Boilerplate): string[] {
  return Object.entries(boilerplate.fields)
    .filter(([, f]) => f.keywords.some((k) => text.includes(k)))
    .map(([field]) => field);
}

function gramWeights(wordings: string[], options: Pick<EchoOptions, "maxDocumentShare" | "boilerplate">): Weights {
  const df = new Map<string, number>();
  for (const w of wordings) for (const g of new Set(trigramsOf(w))) df.set(g, (df.get(g) ?? 0) + 1);
  const gramsOf = (phrases: string[]) => new Set(phrases.flatMap((p) => trigramsOf(wordingOf(p).text)));
  const common = gramsOf(options.boilerplate.common);
  const byField = new Map(Object.entries(options.boilerplate.fields).map(([field, f]) => [field, gramsOf(f.phrases)]));
  const n = Math.max(wordings.length, 1);
  // In a small corpus a handful of repeats says little about how common a trigram is.
  const maxDf = Math.max(10, options.maxDocumentShare * n);
  const maxWeight = Math.log(Math.max(n, 2));
  const weight = (gram: string) => {
    const d = df.get(gram) ?? 1;
    // In units of a trigram found once, so a threshold means the same in a small corpus and a large one.
    return common.has(gram) || d > maxDf ? 0 : Math.log(n / d) / maxWeight;
  };
  const cache = new Map<string, (gram: string) => number>();
  return {
    df: (gram) => df.get(gram) ?? 0,
    weight,
    forFields(fields) {
      const key = fields.join();
      let fn = cache.get(key);
      if (!fn) {
        const stop = fields.map((f) => byField.get(f)!).filter(Boolean);
        fn = (gram) => (stop.some((s) => s.has(gram)) ? 0 : weight(gram));
        cache.set(key, fn);
      }
      return fn;
    },
  };
}

function prepare(statement: StatementForEcho, boilerplate: Boilerplate): Prepared {
  const wording = wordingOf(statement.text);
  const grams = trigramsOf(wording.text);
  return { statement, wording, grams, distinct: new Set(grams), fields: fieldsOf(`${statement.articleLead}\n${statement.text}`, boilerplate), dated: datedOf(statement.date, statement.datePrecision) };
}

/** Can the local statement follow the central one within the window, given both dates' precision? */
function inWindow(local: Dated, central: Dated, windowDays: number): boolean {
  return local.latest >= central.earliest && local.earliest <= central.latest + windowDays;
}

function lagOf(local: Dated, central: Dated): number {
  return Math.max(0, local.day - central.day);
}

interface Scored {
  score: number;
  spans: SharedSpan[];
}

/** The spans of real shared phrasing and their score: each distinct trigram counted once. */
function scorePair(local: Prepared, central: Prepared & { positions: Map<string, number[]> }, weight: (gram: string) => number): Scored {
  const kept = sharedSpans(local.grams, central.positions, weight).filter((s) => {
    const quoted = local.wording.quoted.slice(s.localFrom, s.localTo).every(Boolean);
    return s.weight > 0 && s.shared >= (quoted ? MIN_QUOTED_SHARED : MIN_SHARED);
  });
  return { score: scoreOf(local, central, kept, weight), spans: kept };
}

function scoreOf(local: Prepared, central: Prepared, spans: SharedSpan[], weight: (gram: string) => number): number {
  const counted = new Set<string>();
  let score = 0;
  for (const s of spans) {
    for (let i = s.localFrom; i + GRAM <= s.localTo; i++) {
      const g = local.grams[i];
      if (!counted.has(g) && central.distinct.has(g)) {
        counted.add(g);
        score += weight(g);
      }
    }
  }
  return score;
}

function toEchoSpans(local: Prepared, central: Prepared, spans: SharedSpan[]): EchoSpan[] {
  return spans.map((s) => {
    const start = local.wording.at[s.localFrom];
    const end = local.wording.at[s.localTo - 1] + 1;
    return {
      text: local.statement.text.slice(start, end),
      start,
      end,
      centralStart: central.wording.at[s.centralFrom],
      centralEnd: central.wording.at[s.centralTo - 1] + 1,
    };
  });
}

/** Index of the first posting whose central statement is dated on or after `day` (postings are in date order). */
function firstOnOrAfter(postings: number[], day: number, centrals: Prepared[]): number {
  let lo = 0;
  let hi = postings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (centrals[postings[mid]].dated!.day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Central statements of one article on one day, as events a cite can name. */
function centralEvents(centrals: Prepared[], localArticles: Set<number>): CentralEvent[] {
  const byKey = new Map<string, { statements: Prepared[]; day: number; articleId: number }>();
  for (const c of centrals) {
    const key = `${c.statement.articleId}|${c.dated!.day}`;
    const group = byKey.get(key) ?? byKey.set(key, { statements: [], day: c.dated!.day, articleId: c.statement.articleId }).get(key)!;
    group.statements.push(c);
  }
  return [...byKey.values()]
    .map((g) => {
      const text = [g.statements[0].statement.articleLead, ...g.statements.map((s) => s.statement.text)].join("\n");
      return { statementIds: g.statements.map((s) => s.statement.id), articleId: g.articleId, day: g.day, text, wording: canonicalName(text), relayed: localArticles.has(g.articleId) };
    })
    .sort((a, b) => a.day - b.day);
}

/** Events inside [from, to] by day, found by binary search (events are in day order). */
function eventsBetween(events: CentralEvent[], from: number, to: number): CentralEvent[] {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid].day < from) lo = mid + 1;
    else hi = mid;
  }
  const out: CentralEvent[] = [];
  for (let i = lo; i < events.length && events[i].day <= to; i++) out.push(events[i]);
  return out;
}

/** The ISO date of a month and day written without a year: the latest such day on or before the statement. */
function dateBefore(monthDay: NamedEvent["monthDay"], day: number): string | null {
  if (!monthDay) return null;
  const year = Number(isoDay(day).slice(0, 4));
  for (const y of [year, year - 1]) {
    const iso = `${y}-${String(monthDay.month).padStart(2, "0")}-${String(monthDay.day).padStart(2, "0")}`;
    if (!Number.isNaN(Date.parse(iso)) && Date.parse(iso) / DAY_MS <= day) return iso;
  }
  return null;
}

interface CiteContext {
  /** Central events of the statement's own article that come before it. */
  ownEvents: CentralEvent[];
  /** Central meetings the article names before the statement (its headline and lead, earlier statements), the latest last. */
  articleMeetings: NamedEvent[];
  leaders: CentralPost[];
}

type Citing = { cite: Cite; name: CiteName | null; own: CentralEvent[] };

/**
 * What a local statement cites: the tagger's cites (a leader named by office alone made a person), the
 * meetings, documents and leaders' acts it names, and "the meeting" its article has just reported.
 */
function citesOf(local: Prepared, context: CiteContext): Citing[] {
  const iso = isoDay(local.dated!.day);
  const withSpeaker = (cite: Cite): Cite => (cite.speaker ? cite : { ...cite, speaker: leaderByTitle(cite.text, iso, context.leaders) });
  const out: Citing[] = local.statement.cites.map((c) => {
    const cite = withSpeaker(c);
    return { cite, name: citeName(cite), own: [] };
  });
  const named = new Set(out.map((c) => c.name?.name).filter(Boolean));
  for (const event of namedEvents(local.statement.text)) {
    if ([...named].some((n) => n!.includes(event.name) || event.name.includes(n!))) continue;
    named.add(event.name);
    const kind = event.named === "meeting" ? "meeting" : "document";
    const date = dateBefore(event.monthDay, local.dated!.day);
    out.push({ cite: { event: event.name, speaker: null, kind, date, text: event.text }, name: { name: event.name, named: event.named, leader: null, kind }, own: [] });
  }
  const citedActs = out.filter((c) => c.name?.leader && !c.name.name).map((c) => `${c.name!.leader}|${c.cite.kind}`);
  for (const act of leaderActs(local.statement.text)) {
    const cite = withSpeaker({ event: act.text, speaker: null, kind: act.kind, date: null, text: act.text });
    if (!cite.speaker || citedActs.includes(`${cite.speaker}|${cite.kind}`) || out.some((c) => c.name && (c.cite.text.includes(act.text) || act.text.includes(c.cite.text)))) continue;
    citedActs.push(`${cite.speaker}|${cite.kind}`);
    out.push({ cite, name: citeName(cite), own: [] });
  }
  const reference = meetingReference(local.statement.text);
  if (reference && context.ownEvents.length > 0) {
    out.push({ cite: { event: "会议", speaker: null, kind: "meeting", date: null, text: reference }, name: null, own: context.ownEvents });
  } else if (reference && context.articleMeetings.length > 0) {
    // The meeting the article last named is the one it carries out.
    const meeting = context.articleMeetings[context.articleMeetings.length - 1];
    if (!named.has(meeting.name)) {
      const date = dateBefore(meeting.monthDay, local.dated!.day);
      out.push({ cite: { event: meeting.name, speaker: null, kind: "meeting", date, text: reference }, name: { name: meeting.name, named: "meeting", leader: null, kind: "meeting" }, own: [] });
    }
  }
  return out;
}

/** Every cite and echo of a central statement by a local statement within the window. */
export function detectEchoes(statements: StatementForEcho[], options: Partial<EchoOptions> = {}): EchoResult {
  const opts = { ...DEFAULT_ECHO_OPTIONS, ...options };
  const prepared = statements.map((s) => prepare(s, opts.boilerplate));
  const weights = gramWeights(
    prepared.map((p) => p.wording.text),
    opts,
  );

  const allCentrals = prepared.filter((p) => p.statement.level === "central" && p.dated !== null);
  // A local report (its first statement local) that tells of a central act relays it; a central report
  // followed by other news does not.
  const firstOfArticle = new Map<number, Prepared>();
  for (const p of prepared) if ((firstOfArticle.get(p.statement.articleId)?.statement.id ?? Infinity) > p.statement.id) firstOfArticle.set(p.statement.articleId, p);
  const localArticles = new Set([...firstOfArticle.values()].filter((p) => LOCAL_LEVELS.has(p.statement.level ?? "")).map((p) => p.statement.articleId));
  const events = centralEvents(allCentrals, localArticles);
  // Undated central reports can still be named: linked by name alone, with no lag.
  const undatedEvents = centralEvents(
    prepared.filter((p) => p.statement.level === "central" && p.dated === null).map((p) => ({ ...p, dated: { day: NaN, earliest: NaN, latest: NaN } })),
    localArticles,
  );
  const eventsByArticle = new Map<number, CentralEvent[]>();
  for (const e of events) (eventsByArticle.get(e.articleId) ?? eventsByArticle.set(e.articleId, []).get(e.articleId)!).push(e);

  // The same central wording on the same day is one directive reprinted (syndicated copies): it is
  // indexed once, under its first statement, or every copy would be echoed by every copy.
  const firstOfWording = new Map<string, Prepared>();
  for (const p of allCentrals) {
    const key = `${p.dated!.day}|${p.wording.text}`;
    const first = firstOfWording.get(key);
    if (!first || p.statement.id < first.statement.id) firstOfWording.set(key, p);
  }
  // A cite links to the event's directives, each once: a copy of one names the same directive.
  const firstCopy = new Map(allCentrals.map((p) => [p.statement.id, firstOfWording.get(`${p.dated!.day}|${p.wording.text}`)!.statement.id]));
  const directivesOf = (found: CentralEvent[]) => [...new Set(found.flatMap((e) => e.statementIds.map((id) => firstCopy.get(id) ?? id)))];
  const centrals = [...firstOfWording.values()]
    .sort((a, b) => a.dated!.day - b.dated!.day || a.statement.id - b.statement.id)
    .map((p) => ({ ...p, positions: positionsOf(p.grams) }));
  const index = new Map<string, number[]>();
  centrals.forEach((p, at) => {
    for (const g of p.distinct) {
      if (weights.weight(g) === 0) continue;
      const postings = index.get(g);
      if (postings) postings.push(at);
      else index.set(g, [at]);
    }
  });

  // Meetings each article names, in order, with the number named before each statement; read only for
  // articles where a statement refers to "the meeting" without naming it.
  const byArticle = new Map<number, Prepared[]>();
  for (const p of prepared) (byArticle.get(p.statement.articleId) ?? byArticle.set(p.statement.articleId, []).get(p.statement.articleId)!).push(p);
  const articleNames = new Map<number, { meetings: NamedEvent[]; before: Map<number, number> }>();
  const meetingsNamedBefore = (local: Prepared): NamedEvent[] => {
    if (!meetingReference(local.statement.text)) return [];
    const articleId = local.statement.articleId;
    let names = articleNames.get(articleId);
    if (!names) {
      const statements = byArticle.get(articleId)!.sort((a, b) => a.statement.id - b.statement.id);
      const meetingsIn = (text: string) => namedEvents(text).filter((n) => n.named === "meeting");
      names = { meetings: meetingsIn(statements[0].statement.articleLead), before: new Map() };
      for (const p of statements) {
        names.before.set(p.statement.id, names.meetings.length);
        names.meetings.push(...meetingsIn(p.statement.text));
      }
      articleNames.set(articleId, names);
    }
    return names.meetings.slice(0, names.before.get(local.statement.id));
  };

  const links: EchoLink[] = [];
  const cited: CitedEvent[] = [];
  const aligned: { local: Prepared; central: Prepared; spans: SharedSpan[]; weight: (gram: string) => number }[] = [];
  const citedByLocal = new Map<number, Map<number, { cite: Cite; lag: number | null }>>();
  const overlap = new Map<number, number>();
  for (const local of prepared) {
    if (!LOCAL_LEVELS.has(local.statement.level ?? "") || local.dated === null) continue;
    const dated = local.dated;
    const citedCentral = new Map<number, { cite: Cite; lag: number | null }>();

    // Statements earlier in the same article come first: a local statement carries out what it follows.
    const ownEvents = (eventsByArticle.get(local.statement.articleId) ?? []).filter((e) => e.day <= dated.latest && e.statementIds.some((id) => id < local.statement.id));
    const articleMeetings = meetingsNamedBefore(local);
    for (const { cite, name, own } of citesOf(local, { ownEvents, articleMeetings, leaders: opts.centralLeaders })) {
      let found: CentralEvent[] = [];
      if (own.length > 0) {
        const nearest = own[own.length - 1];
        const sameMeeting = namedEvents(nearest.text)
          .filter((n) => n.named === "meeting")
          .map((n) => n.name);
        found = eventsBetween(events, nearest.day - 1, nearest.day + 1).filter((e) => e === nearest || sameMeeting.some((n) => e.wording.includes(n)));
      } else if (name) {
        const citeDay = cite.date ? datedOf(cite.date, "day")!.day : null;
        found = resolveCite(name, citeDay, dated.earliest - opts.windowDays, dated.latest, eventsBetween(events, dated.earliest - opts.windowDays - 1, dated.latest + 1));
        if (found.length === 0 && name.name) found = undatedEvents.filter((e) => eventMatches(e, name));
      } else continue;
      const centralIds = directivesOf(found);
      const days = found.map((e) => e.day).filter((d) => !Number.isNaN(d));
      const eventDay = days.length > 0 ? Math.min(...days) : null;
      const lag = eventDay === null ? null : Math.max(0, dated.day - eventDay);
      cited.push({ localId: local.statement.id, cite, name: name?.name ?? name?.leader ?? cite.event, centralIds, eventDate: eventDay === null ? null : isoDay(eventDay), lagDays: lag });
      for (const e of found) for (const id of directivesOf([e])) if (!citedCentral.has(id)) citedCentral.set(id, { cite, lag: Number.isNaN(e.day) ? null : Math.max(0, dated.day - e.day) });
    }

    overlap.clear();
    for (const g of local.distinct) {
      const w = weights.weight(g);
      const postings = w === 0 ? undefined : index.get(g);
      if (!postings) continue;
      for (let i = firstOnOrAfter(postings, dated.earliest - opts.windowDays - LOOSE_DAYS, centrals); i < postings.length; i++) {
        const at = postings[i];
        if (centrals[at].dated!.day > dated.latest + LOOSE_DAYS) break;
        overlap.set(at, (overlap.get(at) ?? 0) + w);
      }
    }
    // The overlap of distinct trigrams bounds the score from above: only the most overlapping pairs that
    // can reach the threshold are aligned, so a dense window costs no more than a few alignments.
    const candidates = [...overlap].filter(([at, upperBound]) => upperBound >= opts.minScore && inWindow(dated, centrals[at].dated!, opts.windowDays));
    if (candidates.length > MAX_ALIGNED) candidates.sort((a, b) => b[1] - a[1]).length = MAX_ALIGNED;
    for (const [at] of candidates) {
      const central = centrals[at];
      const weight = weights.forFields([...new Set([...local.fields, ...central.fields])]);
      const { score, spans } = scorePair(local, central, weight);
      if (score >= opts.minScore) aligned.push({ local, central, spans, weight });
    }
    citedByLocal.set(local.statement.id, citedCentral);
  }

  // Spans already written before the central statement, in another article, are taken out of the score.
  const queries: PriorUseQuery[] = [];
  const queryOf = new Map<SharedSpan, number>();
  for (const a of aligned) {
    for (const span of a.spans) {
      if (span.localTo - span.localFrom >= MIN_COPIED) continue;
      const grams = a.local.grams.slice(span.localFrom, span.localTo - GRAM + 1);
      const keyGram = grams.reduce((rarest, g) => (weights.df(g) < weights.df(rarest) ? g : rarest), grams[0]);
      queryOf.set(span, queries.length);
      queries.push({ text: a.local.wording.text.slice(span.localFrom, span.localTo), keyGram, beforeDay: a.central.dated!.earliest - 1, articleIds: [a.local.statement.articleId, a.central.statement.articleId] });
    }
  }
  const inUse = spansInPriorUse(
    queries,
    prepared.map((p) => ({ articleId: p.statement.articleId, text: p.wording.text, distinct: p.distinct, latestDay: p.dated?.latest ?? null })),
  );

  const echoesByLocal = new Map<number, EchoLink[]>();
  for (const { local, central, spans, weight } of aligned) {
    const fresh = spans.filter((span) => !queryOf.has(span) || !inUse.has(queryOf.get(span)!));
    const score = scoreOf(local, central, fresh, weight);
    if (score < opts.minScore) continue;
    // Naming the event wins over repeating its words.
    const citing = citedByLocal.get(local.statement.id)!.get(central.statement.id);
    const found = echoesByLocal.get(local.statement.id) ?? echoesByLocal.set(local.statement.id, []).get(local.statement.id)!;
    found.push({
      centralId: central.statement.id,
      localId: local.statement.id,
      kind: citing ? "cites" : "echo",
      score,
      lagDays: lagOf(local.dated!, central.dated!),
      spans: toEchoSpans(local, central, fresh),
      cite: citing?.cite ?? null,
    });
  }
  for (const [localId, citedCentral] of citedByLocal) {
    const found = echoesByLocal.get(localId) ?? [];
    found.sort((a, b) => b.score - a.score || a.lagDays! - b.lagDays! || a.centralId - b.centralId);
    const echoes = found.slice(0, MAX_ECHOES_PER_STATEMENT);
    const linked = new Set(echoes.map((e) => e.centralId));
    links.push(...echoes);
    for (const [centralId, { cite, lag }] of citedCentral) {
      if (!linked.has(centralId)) links.push({ centralId, localId, kind: "cites", score: 0, lagDays: lag, spans: [], cite });
    }
  }
  links.sort((a, b) => a.localId - b.localId || b.score - a.score || a.centralId - b.centralId);
  return { links, cited };
}
