import type { CentralBody, EraTerm, Knowledge, LeaderPost, LeaderRole, Region } from "../knowledge";
import { PhraseIndex } from "./phrase-index";

export interface PlaceRef {
  kind: "region" | "city" | "county";
  /** Short region name: 河南. */
  region: string;
  /** Short prefecture-level city name: 郑州 (null for a region). */
  city: string | null;
  name: string;
}

/** Lookup structures built once per Knowledge and shared by every article. */
export interface TaggerLookup {
  knowledge: Knowledge;
  regionsByName: Map<string, Region>;
  leadersByName: Map<string, LeaderPost[]>;
  leaderNames: PhraseIndex<string>;
  places: PhraseIndex<PlaceRef>;
  /** The places and, for a story's headline and dateline, counties by their short names too (凤阳召开…). */
  leadPlaces: PhraseIndex<PlaceRef>;
  centralBodies: PhraseIndex<CentralBody>;
  eras: PhraseIndex<EraTerm>;
  titleSuffix: RegExp;
  titleSuffixes: string[];
  principalRanks: string[];
  municipalPrefixes: string[];
  provincialPrefixes: string[];
  surnames: Set<string>;
  compoundSurnames: Set<string>;
  notNames: Set<string>;
  rolesByTitle: Map<string, LeaderRole[]>;
  /** Titles with a known role, longest first, for "the title just before this name". */
  roleTitles: string[];
}

const cache = new WeakMap<Knowledge, TaggerLookup>();

export function lookupFor(knowledge: Knowledge): TaggerLookup {
  const cached = cache.get(knowledge);
  if (cached) return cached;
  const built = buildLookup(knowledge);
  cache.set(knowledge, built);
  return built;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function buildPlaceIndex(knowledge: Knowledge, countyShortNames = false): PhraseIndex<PlaceRef> {
  const byKey = new Map<string, PlaceRef[]>();
  const add = (key: string, ref: PlaceRef) => {
    if (key.length < 2) return;
    const list = byKey.get(key) ?? [];
    list.push(ref);
    byKey.set(key, list);
  };
  for (const r of knowledge.regions) {
    if (r.kind === "central") continue;
    const ref: PlaceRef = { kind: "region", region: r.name, city: null, name: r.name };
    add(r.name, ref);
    add(r.fullName, ref);
  }
  for (const p of knowledge.places) {
    const ref: PlaceRef = { kind: p.kind, region: p.region, city: p.city, name: p.shortName };
    if (p.name.length >= 3) add(p.name, ref);
    // County short names are often plain words (城关, 和平): only cities and county-level cities keep theirs.
    if (p.shortName !== p.name && (p.kind === "city" || p.name.endsWith("市") || (countyShortNames && p.headlineName))) add(p.shortName, ref);
  }
  const index = new PhraseIndex<PlaceRef>();
  for (const [key, refs] of byKey) {
    const region = refs.find((r) => r.kind === "region");
    if (region) {
      index.add(key, region);
      continue;
    }
    // A name shared by places in different provinces says nothing about the province.
    if (new Set(refs.map((r) => r.region)).size > 1) continue;
    index.add(key, refs.find((r) => r.kind === "city") ?? refs[0]);
  }
  return index;
}

function buildLookup(knowledge: Knowledge): TaggerLookup {
  const regionsByName = new Map<string, Region>();
  for (const r of knowledge.regions) {
    regionsByName.set(r.name, r);
    regionsByName.set(r.fullName, r);
  }
  const leadersByName = new Map<string, LeaderPost[]>();
  const leaderNames = new PhraseIndex<string>();
  for (const post of knowledge.leaders) {
    const list = leadersByName.get(post.name) ?? [];
    list.push(post);
    leadersByName.set(post.name, list);
    leaderNames.add(post.name, post.name);
  }
  const centralBodies = new PhraseIndex<CentralBody>();
  for (const body of knowledge.centralBodies) for (const n of [body.name, ...body.aliases]) centralBodies.add(n, body);
  const eras = new PhraseIndex<EraTerm>();
  for (const e of knowledge.eras) eras.add(e.term, e);
  const offices = knowledge.offices;
  const titleSuffixes = [...offices.titleSuffixes].sort((a, b) => b.length - a.length);
  return {
    knowledge,
    regionsByName,
    leadersByName,
    leaderNames,
    places: buildPlaceIndex(knowledge),
    leadPlaces: buildPlaceIndex(knowledge, true),
    centralBodies,
    eras,
    titleSuffix: new RegExp(titleSuffixes.map(escapeRegExp).join("|"), "g"),
    titleSuffixes,
    principalRanks: offices.principalRanks,
    municipalPrefixes: offices.municipalPrefixes,
    provincialPrefixes: offices.provincialPrefixes,
    surnames: new Set([...offices.surnames]),
    compoundSurnames: new Set(offices.compoundSurnames),
    notNames: new Set(offices.notNames),
    rolesByTitle: new Map(Object.entries(offices.rolesByTitle ?? {})),
    roleTitles: Object.keys(offices.rolesByTitle ?? {}).sort((a, b) => b.length - a.length),
  };
}
