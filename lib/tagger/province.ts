import { municipalConvenes } from "./meetings";
import type { LeaderPost } from "../knowledge";
import type { PlaceRef, TaggerLookup } from "./lookup";
import type { OfficeInfo } from "./speakers";
import type { Evidence, Level } from "./types";

export interface ProvinceDecision {
  province: string | null;
  level: Level | null;
  city: string | null;
  office: string | null;
  evidence: Evidence[];
}

export interface StoryContext {
  province: string | null;
  level: Level | null;
  city: string | null;
  evidence: Evidence[];
  /** The strongest province other than 中央: where a provincial title in a central story belongs. */
  localProvince: string | null;
  /** The province the story's own words name (dateline, newspaper, places) with 我省/省委, leaving out who speaks. */
  wordsProvince: string | null;
}

function isMunicipality(region: string | null, lookup: TaggerLookup): boolean {
  return region !== null && lookup.regionsByName.get(region)?.kind === "municipality";
}

/** A 市委书记 of 北京/天津/上海/重庆 is provincial-level; anyone else's level stands. */
export function levelIn(region: string | null, level: Level | null, lookup: TaggerLookup): Level | null {
  if (region === "中央") return "central";
  if (level === "municipal" && isMunicipality(region, lookup)) return "provincial";
  return level;
}

/** The posts a person held on a date; without a date, all of them. */
export function postsOn(name: string, date: string | null, lookup: TaggerLookup): LeaderPost[] {
  const posts = lookup.leadersByName.get(name) ?? [];
  if (!date) return posts;
  return posts.filter((p) => (!p.start || p.start <= date) && (!p.end || date < p.end || date === p.start));
}

/** The posts a title can refer to (省长 → governor posts); all of them when the title names no known role. */
export function postsMatchingTitle(posts: LeaderPost[], title: string | null, lookup: TaggerLookup): LeaderPost[] {
  const roles = title ? lookup.rolesByTitle.get(title) : undefined;
  return roles ? posts.filter((p) => roles.includes(p.role)) : posts;
}

/** The role-bearing title written right before position `index` (省长郑栅洁 → 省长), if any. */
export function titleBefore(text: string, index: number, lookup: TaggerLookup): string | null {
  return lookup.roleTitles.find((t) => text.endsWith(t, index)) ?? null;
}

function choosePost(posts: LeaderPost[], preferred: string | null): LeaderPost | null {
  if (posts.length === 0) return null;
  const regions = new Set(posts.map((p) => p.region));
  if (regions.size === 1) return posts[0];
  return posts.find((p) => p.region === preferred) ?? null;
}

/**
 * A person's province from their own words and data, strongest first: the region in the title
 * (吉林省委书记), a city in it (郑州市委书记), a central body (国家卫健委), then the post they held on the date.
 */
export function provinceOfPerson(
  name: string,
  office: OfficeInfo | null,
  date: string | null,
  lookup: TaggerLookup,
  preferred: string | null = null,
): ProvinceDecision | null {
  if (office?.region) {
    const evidence: Evidence[] = office.city
      ? [{ kind: "city", detail: `${office.chain}: ${office.city} → ${office.region}` }]
      : [{ kind: "office", detail: office.chain }];
    const level = levelIn(office.region, office.level ?? "provincial", lookup);
    return { province: office.region, level, city: office.city, office: office.office, evidence };
  }
  if (office?.central)
    return { province: "中央", level: "central", city: null, office: office.office, evidence: [{ kind: "central-body", detail: office.chain }] };
  const title = office?.office ?? null;
  const onDate = postsMatchingTitle(postsOn(name, date, lookup), title, lookup);
  const post = choosePost(onDate.length ? onDate : date ? [] : postsMatchingTitle(postsOn(name, null, lookup), title, lookup), preferred);
  if (post) {
    const level = levelIn(post.region, office?.level ?? post.level, lookup);
    return {
      province: post.region,
      level,
      city: level === "municipal" ? post.city : null,
      office: office?.office ?? post.office,
      evidence: [{ kind: "tenure", detail: `${name}: ${post.region}${post.office} ${post.start ?? "?"}–${post.end ?? ""}` }],
    };
  }
  return null;
}

// 惠州市召开…, 湖北省农业农村厅办公室近日下发…: the place whose body convenes or issues.
const conveningSubject =
  /^[市省区县州]?(?:委|政府|人大|政协|[\u4e00-\u9fff]{1,10}?(?:厅|局|办公室|办公厅|指挥部|领导小组|委员会))?(?:常委会|常务会议|党组)?(?:近日|日前|今天|昨天|日前)?(?:召开|举行|组织召开|专题召开|下发|印发|发出|出台)/;
const nationalDatelinePattern = /(?:新华社|人民日报|人民网|央视网|央视新闻|中新社|中新网|央广网|光明日报|经济日报|新华网)[^，。\s]{0,4}北京/;
const incidentClause =
  /发生[^，。；]{0,16}(?:事故|爆炸|火灾|地震|塌方|坍塌|泥石流|滑坡)|(?:事故|爆炸|火灾|地震)[^，。；]{0,4}(?:发生|造成)|(?:汲取|吸取)[^，。；]{0,30}(?:事故|爆炸|火灾)[^，。；]{0,4}教训/;
const newspaperPattern = /《([^》]{2,14})》|([\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|都市报|商报|时报|新闻网|融媒))/g;
const provincialMarker = /我省|(?<!全国、?|国)全省(?![、，,]?[市州县])|本省|(?<![\u4e00-\u9fff]{2})省委|省政府|我区|全区|自治区党委/;
const municipalMarker = /我市|全市|本市|市委|市政府|续会/;

export interface StoryEvidence {
  text: string;
  /** The story's dateline and headline: the newspaper and the place it names weigh more. */
  lead: string;
  /** Source, date and byline lines (2025-02-26河南日报, 来源：贵州日报): they name the newspaper. */
  masthead: string;
  /** The page's footer: who runs the site (主办单位：常州市水利局, 地址：…), for every story on it. */
  site: string;
  /** The story's first sentence, where a place that convenes a meeting is named (惠州市召开…). */
  opening: string;
  speakers: ProvinceDecision[];
  centralConvened: boolean;
}

/**
 * The province a story is about, by weighted votes: its speakers' provinces, a central meeting
 * leading it, places in its dateline and newspaper names, then places it mentions. A story that
 * says 我省/省委 is not a central one.
 */
export function inferStoryContext(story: StoryEvidence, lookup: TaggerLookup): StoryContext {
  const votes = new Map<string, { weight: number; why: string[] }>();
  const vote = (region: string, weight: number, why: string) => {
    const v = votes.get(region) ?? { weight: 0, why: [] };
    v.weight += weight;
    if (v.why.length < 4 && !v.why.includes(why)) v.why.push(why);
    votes.set(region, v);
  };
  const wordVotes = new Map<string, number>();
  const word = (region: string, weight: number, why: string) => {
    wordVotes.set(region, (wordVotes.get(region) ?? 0) + weight);
    vote(region, weight, why);
  };
  for (const s of story.speakers) if (s.province) vote(s.province, 3, s.evidence[0]?.detail ?? s.province);
  if (story.centralConvened) vote("中央", 4, "central meeting");
  const cityVotes = new Map<string, number>();
  // 新华社北京6月22日电: national news filed in Beijing is the centre's, not 北京's.
  const nationalDateline = nationalDatelinePattern.test(story.lead);
  if (nationalDateline) word("中央", 3, "national news agency's Beijing dateline");
  // 凤阳收听收看…: a county's own site names it short in the headline; 新华社, 新华网 are no place.
  const lead = nationalDateline ? story.lead.replace(nationalDatelinePattern, "") : story.lead;
  const leadPlaces = lookup.leadPlaces
    .scan(lead)
    .filter((m) => (m.values[0].kind !== "county" || countyNamedAlone(m, lead)) && !incidentClause.test(clauseAround(lead, m.start)));
  // 惠州市召开…会议: the place that convenes, not the places its meeting talks about.
  let cityConvenes = false;
  const convener = placeConvening(story.opening, lookup);
  if (convener) {
    word(convener.ref.region, 3, `${convener.phrase} convenes → ${convener.ref.region}`);
    cityConvenes = Boolean(convener.ref.city);
  }
  cityConvenes ||= municipalConvenes(story.opening);
  for (const m of leadPlaces) {
    const ref = m.values[0];
    word(ref.region, 3, `${m.phrase} → ${ref.region}`);
    if (ref.city) cityVotes.set(ref.city, (cityVotes.get(ref.city) ?? 0) + 3);
  }
  const papers = `${story.masthead}\n${story.text}`;
  newspaperPattern.lastIndex = 0;
  for (let m = newspaperPattern.exec(papers); m; m = newspaperPattern.exec(papers)) {
    const paper = m[1] ?? m[2];
    const place = lookup.places.longestAt(paper, 0);
    if (place) word(place.values[0].region, 2, `${paper} → ${place.values[0].region}`);
  }
  for (const m of lookup.places.scan(story.site)) {
    word(m.values[0].region, 2, `site of ${m.phrase} → ${m.values[0].region}`);
    if (m.values[0].city) cityVotes.set(m.values[0].city, (cityVotes.get(m.values[0].city) ?? 0) + 2);
  }
  const perRegion = new Map<string, number>();
  for (const m of lookup.places.scan(story.text)) {
    const ref = m.values[0];
    // 宁夏银川…烧烤店发生燃气爆炸事故: where an accident happened, not who answers it.
    if (incidentClause.test(clauseAround(story.text, m.start))) continue;
    const n = perRegion.get(ref.region) ?? 0;
    if (n >= 3) continue;
    perRegion.set(ref.region, n + 1);
    word(ref.region, 1, `${m.phrase} → ${ref.region}`);
    if (ref.city) cityVotes.set(ref.city, (cityVotes.get(ref.city) ?? 0) + 1);
  }
  const provincial = provincialMarker.test(story.text);
  const municipal = municipalMarker.test(story.text);
  let wordsProvince: string | null = null;
  let wordsWeight = 0;
  for (const [region, weight] of wordVotes) if (weight > wordsWeight) [wordsProvince, wordsWeight] = [region, weight];
  if (!provincial || wordsWeight < 3) wordsProvince = null;
  if ((provincial || municipal) && !story.centralConvened) votes.delete("中央");
  // A roundup quoting secretaries of several provinces has no province of its own.
  const speakerRegions = new Map<string, number>();
  for (const sp of story.speakers) if (sp.province) speakerRegions.set(sp.province, (speakerRegions.get(sp.province) ?? 0) + 1);
  const topSpeakers = Math.max(0, ...speakerRegions.values());
  if (speakerRegions.size >= 3 && topSpeakers * 2 < story.speakers.length && !story.centralConvened)
    return {
      province: null,
      level: null,
      city: null,
      evidence: [{ kind: "context", detail: `roundup of ${[...speakerRegions.keys()].join("、")}` }],
      localProvince: null,
      wordsProvince: null,
    };
  let best: [string, { weight: number; why: string[] }] | null = null;
  for (const entry of votes) if (!best || entry[1].weight > best[1].weight) best = entry;
  let local: [string, { weight: number; why: string[] }] | null = null;
  for (const entry of votes) if (entry[0] !== "中央" && (!local || entry[1].weight > local[1].weight)) local = entry;
  const localProvince = local ? local[0] : null;
  if (!best) return { province: null, level: null, city: null, evidence: [], localProvince, wordsProvince };
  const province = best[0];
  const markers = [provincial ? "省" : "", municipal ? "市" : ""].filter(Boolean).join("/");
  const evidence: Evidence[] = [{ kind: "context", detail: `story: ${[markers, ...best[1].why].filter(Boolean).join(", ")} → ${province}` }];
  let city: string | null = null;
  let bestCity = 0;
  for (const [c, w] of cityVotes) if (w > bestCity) [city, bestCity] = [c, w];
  const level: Level =
    province === "中央"
      ? "central"
      : municipal && (!provincial || cityConvenes) && !isMunicipality(province, lookup)
        ? "municipal"
        : "provincial";
  return { province, level, city: province === "中央" ? null : city, evidence, localProvince, wordsProvince };
}

/** A county's short name in a headline that is not a list of people (省领导乌兰、…) nor a paper (新华社). */
function countyNamedAlone(m: { start: number; end: number }, lead: string): boolean {
  return !"、，,等".includes(lead[m.end] ?? "") && !"、".includes(lead[m.start - 1] ?? "") && !/^[社网报台]/.test(lead.slice(m.end));
}

function clauseAround(text: string, at: number): string {
  let s = at;
  while (s > 0 && !"，。；！？\n".includes(text[s - 1])) s--;
  let e = at;
  while (e < text.length && !"，。；！？\n".includes(text[e])) e++;
  return text.slice(s, e);
}

/** The place whose body convenes or issues in a sentence (惠州市召开…, 湖北省农业农村厅近日下发…). */
export function placeConvening(sentence: string, lookup: TaggerLookup): { phrase: string; ref: PlaceRef } | null {
  for (const m of lookup.places.scan(sentence)) {
    // …会议在北京举行: where it is held, not who holds it.
    if (/[在于赴到]$/.test(sentence.slice(0, m.start))) continue;
    if (!conveningSubject.test(sentence.slice(m.end, m.end + 24))) continue;
    return { phrase: m.phrase, ref: m.values[0] };
  }
  return null;
}
