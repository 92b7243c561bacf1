import type { Level } from "./types";
import type { TaggerLookup } from "./lookup";
import { classifyMeeting } from "./meetings";
import { PhraseIndex } from "./phrase-index";
import { isCommonWord, nameAt, nameBefore, startsWithVerb } from "./segmenter";

/** What a title chain before a name says: 吉林省委书记 → office 省委书记, region 吉林. */
export interface OfficeInfo {
  chain: string;
  /** The principal post of the chain, without its region: 省委书记, 市委书记, 国家卫健委新闻发言人. */
  office: string;
  region: string | null;
  city: string | null;
  central: boolean;
  /** Level the title implies before the province is known (a 市委书记 may still be a municipality's). */
  level: Level | null;
}

/** Names introduced with a title anywhere in the article, so a bare 马兴瑞 later keeps his office. */
export interface Registry {
  offices: Map<string, OfficeInfo>;
  names: PhraseIndex<string>;
  /** Given names of the titled people (树山 → 何树山): how colleagues are named before a title (树山副市长). */
  givenNames: Map<string, string>;
}

export interface SpeakerMention {
  kind: "person" | "pronoun" | "meeting";
  /** Start of the title chain (or the name), relative to the passage text. */
  start: number;
  end: number;
  name: string | null;
  office: OfficeInfo | null;
  /** For 会议: the words naming the meeting (省委常委会会议), or "" for a bare 会议. */
  meetingBody: string | null;
}

/** A span of a passage from one speaker's attribution to the next; `mention` is null before the first. */
export interface SpeakerSpan {
  start: number;
  end: number;
  mention: SpeakerMention | null;
}

const han = /[\u3400-\u9fff]/;
const boundaryBefore = new Set([..."，。；：！？“”‘’（）《》【】「」 \t\n|—…"]);
const sentenceEnd = new Set([..."。！？!?"]);
const clauseEnd = new Set([..."。！？!?，；："]);
// Words that may directly follow a person's name in a subject position.
const nameFollowers = [
  "主持召开", "主持", "指出", "强调", "表示", "要求", "介绍", "说", "出席", "在", "到", "赴", "来到", "深入", "发表", "作", "做",
  "代表", "与", "和", "同志", "一行", "率", "带队", "看望", "慰问", "调研", "视察", "检查", "考察", "督导", "提出", "部署",
  "安排", "召开", "听取", "参加", "宣布", "讲话", "前往", "会见", "致", "向", "对", "就", "通过", "率队", "随后", "先后",
  "还", "也", "再次", "最后", "首先", "同时", "分别", "进一步", "专门", "亲自", "详细", "今天", "昨天", "日前", "近日",
  "指示", "批示", "签署", "回答", "答", "称", "认为", "希望", "坦言", "透露", "提到", "谈到", "走进", "抵达", "实地",
  "现场", "接受", "当天", "随即", "又", "则", "特别", "总书记", "书记", "省长", "市长", "主任", "总理", "副总理", "主席",
  "委员长", "国务委员", "部长",
  "通报", "传达", "充分肯定", "肯定", "赓即", "高度重视", "结合", "带领", "宣读", "提及", "主讲", "作了", "出台", "签批",
];
const leadingJunk =
  /^(?:[年月日号]|晚上?|上午|下午|早上|当天|当日|今天|昨天|近日|日前|随后|此前|另外|同时|其中|会上|期间|[\u4e00-\u9fff]*?(?:由|请|陪同|会见|看望|慰问|听取|邀请|在|向|对|是|为|传达了?|宣读了?|转达了?))+/;
const functionChars = /[的了在是和与及等对把被从向为上下中前后要会委省市区县部局厅]/;
// Read where it occurs, not tried at every character: the tagger's hottest loop was that test.
const strongVerb = /指出|强调|表示|介绍|认为|要求|说[，：:,]/g;
const titleAlone = /(总书记|总理|副总理|委员长)(?=指出|强调|表示|要求|认为|说)/g;
const pronounPattern =
  /(他|她)(?:还|也|又|再次|进一步|最后|同时|特别|首先|随后|在[^，。；]{1,16}?(?:时|中|上))?(?:强调指出|强调|指出|表示|说|要求|提出|认为|希望|介绍|谈到|提到)/g;
const meetingPattern =
  /会议(?:还|也|同时|进一步|再次|最后|首先|特别|随后|认真|集体|专题|全面|深入|充分|一致)?(?:强调指出|指出|强调|要求|提出|认为|表示|部署|明确|号召|决定|重申|听取|审议|原则通过|通过|传达学习|传达|学习|研究|总结|分析|贯彻|围绕|讨论|通报|安排)/g;
// 当天晚间，省委常委会召开扩大会议，…: a body convening opens its meeting's statement (speaker 会议).
const bodyConvenes =
  /(?<=^|[。！？!?\n]\s*)((?:[^，。！？!?\n]{0,12}[，,]){0,2}[^，。！？!?\n]{0,16}?(?:党委|省委|市委|区委|县委|州委|政府|常委会|常务会|党组|领导小组|指挥部|委员会))(?:专题|紧急|再次|随即|立即|当天|当日)?(?:召开|举行)/g;
// The verb that reports a speaker's words: after it, the sentence is the speech, and names in it are spoken of.
const reportingVerb = /指出|强调|表示|要求|认为|提出|说[，：:,]|批示|指示/;
// Where a speaker's words begin: 强调，/ 在会上指出： right after the name, not 作具体要求，(a deed, not a quote).
const speechOpening = /^[^，。；！？]{0,14}?(?<![的作体出])(?:指出|强调|表示|要求|认为|提出|说|批示|指示)[，：:,]/;

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && han.test(ch);
}

function startsWithAny(text: string, at: number, words: string[]): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}

function hasTitleSuffix(candidate: string, lookup: TaggerLookup): boolean {
  for (const s of lookup.titleSuffixes) if (candidate.includes(s)) return true;
  return false;
}

/** A 2–4 character Han string that can be a person's name: a surname first, not a place, office or common word. */
export function isPlausibleName(candidate: string, lookup: TaggerLookup): boolean {
  if (candidate.length < 2 || candidate.length > 4) return false;
  for (const ch of candidate) if (!isHan(ch)) return false;
  if (!lookup.surnames.has(candidate[0]) && !lookup.compoundSurnames.has(candidate.slice(0, 2))) return false;
  if (lookup.notNames.has(candidate) || lookup.centralBodies.longestAt(candidate, 0)) return false;
  const place = lookup.places.longestAt(candidate, 0);
  if (place && place.end >= 2) return false;
  if (lookup.regionsByName.has(candidate)) return false;
  return !hasTitleSuffix(candidate, lookup) && !/会议|委员|政府|部门|全省|全市/.test(candidate);
}

function followsName(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const ch = text[at];
  if (ch === "·") return false;
  if (!isHan(ch)) return true;
  return startsWithAny(text, at, nameFollowers);
}

/** Reads the person's name right after a title ending at `at`. */
function readNameAfterTitle(text: string, at: number, lookup: TaggerLookup, registry: Registry | null): string | null {
  const known = lookup.leaderNames.longestAt(text, at) ?? registry?.names.longestAt(text, at);
  if (known && followsName(text, known.end)) return known.phrase;
  const minority = /^[\u4e00-\u9fff]{1,6}·/.exec(text.slice(at, at + 8));
  if (minority) {
    const after = at + minority[0].length;
    for (let len = 1; len <= 8 && isHan(text[after + len - 1]); len++)
      if (followsName(text, after + len)) return text.slice(at, after + len);
  }
  // The segmenter reads where an unknown name ends (安伟 of 安伟主持, 李沛兴 of 李沛兴带领).
  const segmented = lookup.surnames.has(text[at]) ? nameAt(text, at) : null;
  if (segmented && isPlausibleName(segmented, lookup) && (followsName(text, at + segmented.length) || startsWithVerb(text, at + segmented.length)))
    return segmented;
  for (const len of [3, 2, 4]) {
    const candidate = text.slice(at, at + len);
    if (candidate.length !== len || !isPlausibleName(candidate, lookup) || isCommonWord(candidate)) continue;
    if (len === 4 && !lookup.compoundSurnames.has(candidate.slice(0, 2))) continue;
    if (followsName(text, at + len)) return candidate;
  }
  return null;
}

function endsWithTitle(unit: string, lookup: TaggerLookup): boolean {
  for (const s of lookup.titleSuffixes) if (unit.endsWith(s)) return true;
  return false;
}

/** Finds where the title chain ending at `suffixEnd` starts: 省委书记、省人大常委会主任、省疫情防控指挥部总指挥. */
function chainStart(text: string, suffixStart: number, lookup: TaggerLookup): number {
  let s = suffixStart;
  while (s > 0 && isHan(text[s - 1]) && suffixStart - s < 24) s--;
  for (;;) {
    if (text[s - 1] !== "、") break;
    let u = s - 1;
    while (u > 0 && isHan(text[u - 1]) && s - 1 - u < 24) u--;
    if (u === s - 1 || !endsWithTitle(text.slice(u, s - 1), lookup)) break;
    s = u;
  }
  const junk = leadingJunk.exec(text.slice(s, suffixStart));
  return junk ? s + junk[0].length : s;
}

const autonomousTail = /^(?:维吾尔|壮族|回族)?自治区/;
// Words that take the place's suffix with them: 市委, 市长, 省政府, 县人大...
const ownsSuffix = /^(?:委|长|政府|人大|政协|纪委|常委)/;

function stripRegion(unit: string, lookup: TaggerLookup): { rest: string; region: string | null; city: string | null } {
  const none = { rest: unit, region: null, city: null };
  const place = lookup.places.longestAt(unit, 0);
  if (!place) return none;
  const ref = place.values[0];
  let rest = unit.slice(place.end);
  if (ref.kind === "region") {
    const region = lookup.regionsByName.get(ref.region);
    if (region && place.phrase === region.fullName) {
      // 上海市委书记 matched 上海市: give the 市 back to 委书记; 上海市副市长 keeps 副市长.
      const tail = region.fullName.slice(region.name.length);
      if (autonomousTail.test(tail)) rest = `自治区${rest}`;
      else if (ownsSuffix.test(rest)) rest = `${tail}${rest}`;
    } else if (autonomousTail.test(rest)) rest = rest.replace(autonomousTail, "自治区");
  } else if (place.phrase !== ref.name) {
    if (ownsSuffix.test(rest)) rest = place.phrase.slice(-1) + rest;
  } else if (!/^[市州县区盟旗]/.test(rest)) return none;
  rest = rest.replace(/^省省/, "省").replace(/^市市/, "市");
  if (rest.length < 2) return none;
  return { rest, region: ref.region, city: ref.kind === "region" ? null : ref.city ?? ref.name };
}

function rankOf(unit: string, lookup: TaggerLookup): number {
  const ranks = lookup.principalRanks;
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i];
    if (unit === r) return i;
    if (unit.endsWith(r) && (r.startsWith("副") || !unit.endsWith(`副${r}`)) && !unit.endsWith(`常务${r}`)) return i;
  }
  return ranks.length;
}

/** Reads a title chain: its principal post, the region or city it names, and whether it is central. */
export function describeOffice(chain: string, lookup: TaggerLookup): OfficeInfo {
  const units = chain.split("、").filter(Boolean);
  let region: string | null = null;
  let city: string | null = null;
  let central = false;
  let best = { rank: Number.POSITIVE_INFINITY, office: units[0] ?? chain, central: false };
  let anyCentral = false;
  for (const unit of units) {
    const stripped = stripRegion(unit, lookup);
    region ??= stripped.region;
    city ??= stripped.city;
    const unitCentral = lookup.centralBodies.longestAt(unit, 0) !== null || /^(?:中共中央|中央|国务院|国家|全国)/.test(unit);
    anyCentral ||= unitCentral;
    const rank = rankOf(stripped.rest, lookup);
    if (rank < best.rank) best = { rank, office: stripped.rest, central: unitCentral };
  }
  // 中共中央政治局委员、自治区党委书记张春贤: a local principal post speaks for its region.
  central = best.rank < lookup.principalRanks.length ? best.central : anyCentral;
  const principal = best.office;
  let level: Level | null = null;
  if (central) level = "central";
  else if (city || startsWithAny(principal, 0, lookup.municipalPrefixes)) level = "municipal";
  else if (startsWithAny(principal, 0, lookup.provincialPrefixes)) level = "provincial";
  return { chain, office: principal, region, city, central, level };
}

function inSubjectPosition(text: string, start: number, end = start): boolean {
  if (start === 0) return true;
  const prev = text[start - 1];
  if (boundaryBefore.has(prev)) return true;
  // 会议由省委书记X主持: the one who chairs speaks.
  if (prev === "由" && text.startsWith("主持", end)) return true;
  return /\d日(?:上午|下午|晚上|晚|早上)?$/.test(text.slice(Math.max(0, start - 8), start));
}

/** A name that is followed by 、 的 等 及 or a comma is listed or qualified, not speaking. */
function followedAsSubject(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const next = text[end];
  if (next === "、" || next === "的" || next === "等" || next === "及" || next === "，" || next === "。") return false;
  if (text.startsWith("同志", end)) return followedAsSubject(text, end + 2);
  return true;
}

/** Titled mentions: 省委书记、省长、……总指挥陈求发. */
function titledMentions(text: string, lookup: TaggerLookup, registry: Registry | null): SpeakerMention[] {
  const out: SpeakerMention[] = [];
  const re = lookup.titleSuffix;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const suffixEnd = m.index + m[0].length;
    const name = readNameAfterTitle(text, suffixEnd, lookup, registry);
    if (!name) continue;
    const start = chainStart(text, m.index, lookup);
    const chain = text.slice(start, suffixEnd);
    if (chain.length < 2 || !han.test(chain[0])) continue;
    out.push({ kind: "person", start, end: suffixEnd + name.length, name, office: describeOffice(chain, lookup), meetingBody: null });
    re.lastIndex = suffixEnd + name.length;
  }
  return out;
}

// 习近平总书记, 楼阳生书记: a name right before a title.
const nameBeforeTitle = /([\u4e00-\u9fff]{2,3}?)(总书记|副总理|总理|委员长|国务委员|书记|省长|市长|同志)/g;
const notInNames = /[省市委区县厅局部办处司党政军会副]/;

function namesBeforeTitles(text: string, lookup: TaggerLookup): { name: string; office: string }[] {
  const out: { name: string; office: string }[] = [];
  nameBeforeTitle.lastIndex = 0;
  for (let m = nameBeforeTitle.exec(text); m; m = nameBeforeTitle.exec(text)) {
    for (const len of [3, 2]) {
      const name = m[1].slice(m[1].length - len);
      if (name.length !== len || notInNames.test(name) || !isPlausibleName(name, lookup)) continue;
      out.push({ name, office: m[2] === "总书记" ? "中共中央总书记" : m[2] });
      break;
    }
  }
  return out;
}

/** Collects every titled name in the article; a title naming a region wins over one that does not. */
export function buildRegistry(texts: string[], lookup: TaggerLookup): Registry {
  const offices = new Map<string, OfficeInfo>();
  const names = new PhraseIndex<string>();
  const titled = new Set<string>();
  for (const text of texts) {
    for (const { name, office } of namesBeforeTitles(text, lookup)) {
      if (office === "同志") names.add(name, name);
      else if (!offices.has(name)) offices.set(name, describeOffice(office, lookup));
      names.add(name, name);
    }
    for (const m of titledMentions(text, lookup, null)) {
      if (!m.name || !m.office) continue;
      const known = titled.has(m.name) ? offices.get(m.name) : undefined;
      titled.add(m.name);
      const better = !known || (!known.region && !known.city && !known.central && (m.office.region || m.office.city || m.office.central));
      if (better) offices.set(m.name, known ? { ...known, chain: m.office.chain, region: m.office.region, city: m.office.city, central: m.office.central } : m.office);
      names.add(m.name, m.name);
    }
  }
  const givenNames = new Map<string, string>();
  for (const name of offices.keys()) if (name.length === 3 && !name.includes("·")) givenNames.set(name.slice(1), name);
  return { offices, names, givenNames };
}

function overlaps(mentions: SpeakerMention[], start: number, end: number): boolean {
  return mentions.some((m) => start < m.end && m.start < end);
}

/** Every speaker attribution in a passage: titled or known names in subject position, 他/她, and 会议. */
export function findMentions(text: string, lookup: TaggerLookup, registry: Registry): SpeakerMention[] {
  const titled = titledMentions(text, lookup, registry);
  // 省委书记尤权、省长于伟国高度重视…, 市委书记李强，市长应勇实地调研: leaders named together act together,
  // and the first named leads; the others are not speakers of their own.
  const joined = new Set<SpeakerMention>();
  for (const [i, m] of titled.entries()) {
    const next = titled[i + 1];
    if (next && !joined.has(m) && "、，,".includes(text[m.end] ?? "") && next.start === m.end + 1) joined.add(next);
  }
  const leadsGroup = (m: SpeakerMention) => {
    const next = titled[titled.indexOf(m) + 1];
    // 出席会议的有省委书记X、…: a chain holding words of a sentence is no title, and its names are listed.
    return next !== undefined && joined.has(next) && !joined.has(m) && !/[的有是]/.test(m.office?.chain ?? "");
  };
  const mentions = titled
    .filter((m) => !joined.has(m) && inSubjectPosition(text, m.start, m.end) && (followedAsSubject(text, m.end) || leadsGroup(m)))
    .map((m) => {
      // 自治区党委书记马兴瑞 early on, 新疆自治区党委书记马兴瑞 later: the region named anywhere counts.
      const known = m.name ? registry.offices.get(m.name) : undefined;
      if (!m.office || m.office.region || m.office.city || m.office.central || !known) return m;
      return { ...m, office: { ...m.office, chain: known.chain, region: known.region, city: known.city, central: known.central } };
    });
  const bare = [...lookup.leaderNames.scan(text), ...registry.names.scan(text)];
  for (const b of bare) {
    if (overlaps(mentions, b.start, b.end)) continue;
    if (!inSubjectPosition(text, b.start, b.end) || !followedAsSubject(text, b.end)) continue;
    if (!followsName(text, b.end) && !startsWithVerb(text, b.end)) continue;
    mentions.push({ kind: "person", start: b.start, end: b.end, name: b.phrase, office: registry.offices.get(b.phrase) ?? null, meetingBody: null });
  }
  // An unknown untitled name is accepted only as the word right before a speech verb: 张文宏表示, 王宁强调,
  // or before a title and the verb: 彭映梅市长强调, 树山副市长要求 (a colleague's given name).
  strongVerb.lastIndex = 0;
  for (let verb = strongVerb.exec(text); verb; verb = strongVerb.exec(text)) {
    const title = lookup.titleSuffixes.find((t) => text.endsWith(t, verb!.index));
    const nameEnd = title ? verb.index - title.length : verb.index;
    const given = title ? registry.givenNames.get(text.slice(nameEnd - 2, nameEnd)) : undefined;
    if (given && !overlaps(mentions, nameEnd - 2, verb.index)) {
      mentions.push({ kind: "person", start: nameEnd - 2, end: verb.index, name: given, office: registry.offices.get(given) ?? null, meetingBody: null });
      continue;
    }
    // Only where a surname could start a name of two to four characters: the segmenter is the costly part.
    let surnameAt = false;
    for (let len = 2; len <= 4 && !surnameAt; len++) surnameAt = lookup.surnames.has(text[nameEnd - len]);
    const word = surnameAt ? nameBefore(text, nameEnd) : null;
    // 就下一步工作刘志仁强调: the name right before the verb is its subject wherever it stands, unless listed.
    if (!word || !lookup.surnames.has(word.word[0]) || (word.start > 0 && "、和与及同".includes(text[word.start - 1]))) continue;
    const { start, word: candidate } = word;
    if (functionChars.test(candidate)) continue;
    if (!isPlausibleName(candidate, lookup) || overlaps(mentions, start, verb.index)) continue;
    const office = registry.offices.get(candidate) ?? (title ? describeOffice(title, lookup) : null);
    mentions.push({ kind: "person", start, end: verb.index, name: candidate, office, meetingBody: null });
  }
  // “……”总理说: a title alone stands for the one person of the article who holds it.
  titleAlone.lastIndex = 0;
  for (let m = titleAlone.exec(text); m; m = titleAlone.exec(text)) {
    if (!inSubjectPosition(text, m.index) || overlaps(mentions, m.index, m.index + m[1].length)) continue;
    const holders = [...registry.offices].filter(([, office]) => office.office === m![1] || office.chain.endsWith(m![1]) && !office.chain.endsWith(`副${m![1]}`));
    if (holders.length !== 1) continue;
    const [name, office] = holders[0];
    mentions.push({ kind: "person", start: m.index, end: m.index + m[1].length, name, office, meetingBody: null });
  }
  pronounPattern.lastIndex = 0;
  for (let m = pronounPattern.exec(text); m; m = pronounPattern.exec(text)) {
    if (!inSubjectPosition(text, m.index) || overlaps(mentions, m.index, m.index + 1)) continue;
    mentions.push({ kind: "pronoun", start: m.index, end: m.index + 1, name: null, office: null, meetingBody: null });
  }
  bodyConvenes.lastIndex = 0;
  for (let m = bodyConvenes.exec(text); m; m = bodyConvenes.exec(text)) {
    const end = m.index + m[0].length;
    if (overlaps(mentions, m.index, end)) continue;
    const clauseStop = text.slice(end).search(/[，。；！？,;!?\n]/);
    const body = text.slice(m.index, clauseStop < 0 ? text.length : end + clauseStop);
    mentions.push({ kind: "meeting", start: m.index, end, name: "会议", office: null, meetingBody: body });
  }
  meetingPattern.lastIndex = 0;
  for (let m = meetingPattern.exec(text); m; m = meetingPattern.exec(text)) {
    let s = m.index;
    while (s > 0 && !clauseEnd.has(text[s - 1]) && !boundaryBefore.has(text[s - 1]) && m.index - s <= 24) s--;
    if (s > 0 && !clauseEnd.has(text[s - 1]) && !boundaryBefore.has(text[s - 1])) continue;
    if (overlaps(mentions, s, m.index + 2)) continue;
    mentions.push({ kind: "meeting", start: s, end: m.index + 2, name: "会议", office: null, meetingBody: text.slice(s, m.index + 2) });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function isCentralLeader(name: string | null, lookup: TaggerLookup): boolean {
  const posts = name ? lookup.leadersByName.get(name) : undefined;
  return posts !== undefined && posts.length > 0 && posts.every((p) => p.region === "中央");
}

/**
 * Whether `mention` lies in what `speaker` is reported to have said: after the speaker's reporting verb
 * in the same sentence, or a central leader named anywhere in a local speaker's passage.
 */
function insideSpeech(text: string, speaker: SpeakerMention, mention: SpeakerMention, lookup: TaggerLookup): boolean {
  if (mention.kind === "pronoun") return false;
  const between = text.slice(speaker.end, mention.start);
  const speech = speechOpening.exec(text.slice(speaker.end, speaker.end + 24));
  if (speech && !/[。！？!?]/.test(between) && speech[0].length <= between.length) return true;
  if (mention.kind !== "person" || !isCentralLeader(mention.name, lookup)) return false;
  if (speaker.kind === "person") return !isCentralLeader(speaker.name, lookup) && !speaker.office?.central;
  if (speaker.kind !== "meeting") return false;
  // 会议 of a local body: the centre is spoken of. A bare 会议: only when the leader is not the one speaking (李克强说).
  const meeting = classifyMeeting(speaker.meetingBody ?? "", lookup);
  if (meeting) return !meeting.central;
  return !reportingVerb.test(text.slice(mention.end, mention.end + 6));
}

/**
 * Splits a passage at each attribution. A statement starts at the beginning of the sentence
 * holding the attribution, or at its clause when an earlier speaker already holds the sentence.
 */
export function attributeSpeaker(text: string, lookup: TaggerLookup, registry: Registry): SpeakerSpan[] {
  const mentions = findMentions(text, lookup, registry);
  const cuts: { at: number; mention: SpeakerMention }[] = [];
  for (const mention of mentions) {
    const last = cuts[cuts.length - 1];
    // 倪岳峰指出，……习近平总书记作出一系列重要指示: a name inside reported speech is spoken of, not speaking.
    if (last && insideSpeech(text, last.mention, mention, lookup)) continue;
    const previous = cuts.length ? cuts[cuts.length - 1].at : -1;
    let sentence = mention.start;
    while (sentence > 0 && !sentenceEnd.has(text[sentence - 1])) sentence--;
    // “……。”省委书记X说: the quote before the attribution is the speaker's.
    const open = text[sentence] === "”" ? text.lastIndexOf("“", sentence) : -1;
    if (open > previous) {
      sentence = open;
      while (sentence > previous + 1 && !sentenceEnd.has(text[sentence - 1])) sentence--;
    }
    let at = sentence;
    if (sentence <= previous) {
      at = mention.start;
      while (at > previous + 1 && !clauseEnd.has(text[at - 1]) && text[at - 1] !== " ") at--;
      if (at <= previous + 1 && !clauseEnd.has(text[at - 1]) && text[at - 1] !== " ") at = mention.start;
      if (at <= previous) continue;
    }
    if (cuts.length && cuts[cuts.length - 1].mention.kind === mention.kind && cuts[cuts.length - 1].mention.name === mention.name && at === previous)
      continue;
    cuts.push({ at, mention });
  }
  const spans: SpeakerSpan[] = [];
  if (cuts.length === 0 || cuts[0].at > 0) spans.push({ start: 0, end: cuts.length ? cuts[0].at : text.length, mention: null });
  cuts.forEach((c, i) => spans.push({ start: c.at, end: i + 1 < cuts.length ? cuts[i + 1].at : text.length, mention: c.mention }));
  return spans.filter((s) => /[\u3400-\u9fff]/.test(text.slice(s.start, s.end)));
}
