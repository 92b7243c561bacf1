// Synthetic news articles for the benchmark: real regions, cities and leaders from the knowledge
// files, each speaker in a post they held on the article's date. Article i of seed s is always the
// same text, so a corpus of any size can be generated, streamed and compared across runs.
import * as OpenCC from "opencc-js";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { Knowledge, LeaderPost, Region } from "@/lib/knowledge";

type Rng = ReturnType<typeof xoroshiro128plus>;

/** A speaker the generator wrote into an article, and the words that open their statement. */
export interface PlannedSpeaker {
  name: string;
  office: string;
  region: string;
  city: string | null;
  /** The words that open this speaker's statement paragraph. */
  quote: string;
}

export interface SyntheticArticle {
  fileName: string;
  date: string;
  region: string;
  traditional: boolean;
  noisy: boolean;
  speakers: PlannedSpeaker[];
  text: string;
}

export interface CorpusOptions {
  /** Share of articles in traditional characters (0..1). */
  traditionalShare?: number;
  /** Share of articles with web-page noise, stray spaces and broken paragraphs (0..1). */
  noisyShare?: number;
  /** Share of articles about a central meeting (0..1). */
  centralShare?: number;
}

/** The period the bundled leaders data covers with both provincial posts. */
const FIRST_DAY = Date.UTC(2020, 0, 20);
const LAST_DAY = Date.UTC(2023, 2, 31);
const DAY_MS = 86_400_000;

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

const pick = <T>(rng: Rng, items: readonly T[]): T => items[uniformInt(rng, 0, items.length - 1)];
const chance = (rng: Rng, share: number): boolean => uniformInt(rng, 0, 9999) < share * 10_000;

function heldOn(post: LeaderPost, date: string): boolean {
  return post.start !== null && post.start <= date && (post.end === null || date <= post.end);
}

const VERBS = ["强调", "指出", "要求", "表示"];
const CLAUSE_OPENERS = ["要", "要坚决", "要持续", "必须", "要进一步"];
const CLAUSE_ENDS = ["工作", "各项措施", "能力建设", "机制", "责任落实"];
const MEETINGS = ["疫情防控工作电视电话会议", "疫情防控工作领导小组会议", "常委会会议", "疫情防控工作专题会议"];
const OUTLETS = ["本报讯", "新华社电", "记者从会上获悉", "本报讯（记者 周宁）"];
const NOISE_LINES = ["![](https://example.com/img.jpg)_会议现场_", "责任编辑：王敏", "来源：客户端", "点击进入专题", "【打印】【关闭】"];

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function chineseDate(date: string): string {
  const [, m, d] = date.split("-").map(Number);
  return `${m}月${d}日`;
}

/** A clause built from a theme's phrase, so the tagger sees the theme. */
function directiveClause(rng: Rng, knowledge: Knowledge): string {
  const theme = pick(rng, knowledge.themes);
  return `${pick(rng, CLAUSE_OPENERS)}抓好${pick(rng, theme.phrases)}${pick(rng, CLAUSE_ENDS)}`;
}

function directive(rng: Rng, knowledge: Knowledge): string {
  const clauses = Array.from({ length: uniformInt(rng, 2, 4) }, () => directiveClause(rng, knowledge));
  return `${clauses.join("，")}。`;
}

interface Story {
  region: Region;
  date: string;
  secretary: LeaderPost;
  governor: LeaderPost | undefined;
  city: LeaderPost | undefined;
}

/** False on the day a leader moves between provinces, when the data lists both posts. */
function postedOnlyThere(knowledge: Knowledge, name: string, region: string, date: string): boolean {
  return knowledge.leaders.every((p) => p.name !== name || p.region === region || p.region === "中央" || !heldOn(p, date));
}

/** A provincial region and a day on which its party secretary is known from the data. */
function chooseStory(rng: Rng, knowledge: Knowledge): Story {
  const provincial = knowledge.regions.filter((r) => r.kind !== "central" && r.kind !== "sar");
  for (;;) {
    const region = pick(rng, provincial);
    const date = randomDay(rng);
    const posts = knowledge.leaders.filter((p) => p.region === region.name && heldOn(p, date));
    const secretary = posts.find((p) => p.role === "secretary");
    if (!secretary || !postedOnlyThere(knowledge, secretary.name, region.name, date)) continue;
    const governor = posts.find((p) => p.role === "governor" && p.name !== secretary.name && postedOnlyThere(knowledge, p.name, region.name, date));
    const cities = posts.filter((p) => p.level === "municipal");
    return { region, date, secretary, governor, city: cities.length > 0 ? pick(rng, cities) : undefined };
  }
}

/** Reporting around the statements: case counts, inspections, background. News articles are mostly this. */
function backgroundParagraphs(rng: Rng, place: string, date: string): string[] {
  const day = chineseDate(date);
  const templates = [
    () => `截至${day}24时，${place}累计报告本土确诊病例${uniformInt(rng, 10, 9000)}例、无症状感染者${uniformInt(rng, 10, 20000)}例，现有高风险区${uniformInt(rng, 0, 300)}个、中风险区${uniformInt(rng, 0, 500)}个，累计治愈出院${uniformInt(rng, 10, 8000)}例。`,
    () => `据了解，连日来${place}各地各部门组织${uniformInt(rng, 20, 900)}个工作组深入社区、企业、学校和交通场站督导检查，累计排查重点场所${uniformInt(rng, 100, 90000)}处，发现并整改问题${uniformInt(rng, 10, 3000)}个，对${uniformInt(rng, 1, 60)}名工作不力的干部进行了提醒谈话。`,
    () => `全省（区、市）日均开展核酸采样${uniformInt(rng, 1, 900)}万人次，设置便民采样点${uniformInt(rng, 100, 20000)}个，定点医院和方舱医院储备床位${uniformInt(rng, 1000, 90000)}张，重点医疗物资储备可满足${uniformInt(rng, 15, 90)}天满负荷运转需要。`,
    () => `会前，与会人员观看了疫情防控工作专题片，听取了有关部门关于近期疫情形势、重点人群服务保障、物资储备和医疗资源调度情况的汇报，并就下一步工作进行了讨论。`,
    () => `此前的${uniformInt(rng, 2, 28)}日，${place}已经召开多次专题会议，对冬春季疫情防控、重点行业复工、节日期间人员流动管理等工作作出安排，相关文件已印发至各市县。`,
  ];
  return Array.from({ length: uniformInt(rng, 2, 5) }, () => pick(rng, templates)());
}

function randomDay(rng: Rng): string {
  return isoDay(FIRST_DAY + uniformInt(rng, 0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS);
}

/** A meeting of the Politburo Standing Committee chaired by the general secretary, and a vice premier's remarks. */
function centralStory(rng: Rng, knowledge: Knowledge): { date: string; speakers: PlannedSpeaker[]; paragraphs: string[] } {
  for (;;) {
    const date = randomDay(rng);
    const posts = knowledge.leaders.filter((p) => p.region === "中央" && heldOn(p, date));
    const chair = posts.find((p) => p.office === "中共中央总书记");
    const vicePremiers = posts.filter((p) => p.office === "国务院副总理");
    if (!chair || vicePremiers.length === 0) continue;
    const vicePremier = pick(rng, vicePremiers);
    const chairQuote = `${chair.office}${chair.name}主持会议并发表重要讲话`;
    const viceQuote = `${vicePremier.office}${vicePremier.name}在国务院联防联控机制会议上${pick(rng, VERBS)}`;
    const paragraphs = [
      "中共中央政治局常务委员会召开会议 研究部署疫情防控工作",
      `新华社北京${chineseDate(date)}电 中共中央政治局常务委员会${chineseDate(date)}召开会议，听取疫情防控工作汇报。${chairQuote}。`,
      ...backgroundParagraphs(rng, "全国", date),
      `会议指出，${directive(rng, knowledge)}`,
      `会议强调，${directive(rng, knowledge)}${directive(rng, knowledge)}`,
      `${viceQuote}，${directive(rng, knowledge)}`,
    ];
    return {
      date,
      paragraphs,
      speakers: [
        { name: chair.name, office: chair.office, region: "中央", city: null, quote: chairQuote },
        { name: vicePremier.name, office: vicePremier.office, region: "中央", city: null, quote: viceQuote },
      ],
    };
  }
}

/** A province's meeting: its party secretary, its governor, sometimes a city's leader the next day. */
function provincialStory(rng: Rng, knowledge: Knowledge): { date: string; region: Region; speakers: PlannedSpeaker[]; paragraphs: string[] } {
  const { region, date, secretary, governor, city } = chooseStory(rng, knowledge);
  const speakers: PlannedSpeaker[] = [];
  const paragraphs: string[] = [];
  const meeting = pick(rng, MEETINGS);
  const [year] = date.split("-");

  paragraphs.push(`${region.fullName}召开${meeting} ${secretary.name}主持`);
  paragraphs.push(
    `${pick(rng, OUTLETS)} ${year}年${chineseDate(date)}，${region.fullName}召开${meeting}，传达学习习近平总书记重要指示精神。${secretary.office}${secretary.name}主持会议并讲话。`,
  );
  paragraphs.push(...backgroundParagraphs(rng, region.fullName, date));
  const secretaryQuote = `${secretary.name}${pick(rng, VERBS)}`;
  speakers.push({ name: secretary.name, office: secretary.office, region: region.name, city: null, quote: secretaryQuote });
  paragraphs.push(`${secretaryQuote}，${directive(rng, knowledge)}${directive(rng, knowledge)}`);
  paragraphs.push(`会议指出，${directive(rng, knowledge)}`);
  if (governor) {
    const quote = `${governor.office}${governor.name}在会上说`;
    speakers.push({ name: governor.name, office: governor.office, region: region.name, city: null, quote });
    paragraphs.push(`${quote}，${directive(rng, knowledge)}`);
  }
  const cityDate = isoDay(Date.parse(date) + DAY_MS);
  if (city?.city && heldOn(city, cityDate)) {
    const quote = `${city.city}${city.office}${city.name}在全市疫情防控工作会议上${pick(rng, VERBS)}`;
    paragraphs.push(`${city.city}召开全市疫情防控工作会议`);
    speakers.push({ name: city.name, office: city.office, region: region.name, city: city.city, quote });
    paragraphs.push(`${chineseDate(cityDate)}，${quote}，${directive(rng, knowledge)}`);
  }
  return { date, region, speakers, paragraphs };
}

/** One generated article: headline, dateline, a meeting, two or three speakers, optional city news. */
export function syntheticArticle(knowledge: Knowledge, seed: number, index: number, options: CorpusOptions = {}): SyntheticArticle {
  const rng = xoroshiro128plus((seed ^ Math.imul(index + 1, 0x9e3779b1)) | 0);
  const central = chance(rng, options.centralShare ?? 0.15);
  const traditional = chance(rng, options.traditionalShare ?? 0.05);
  const noisy = chance(rng, options.noisyShare ?? 0.1);
  const story = central ? { ...centralStory(rng, knowledge), region: knowledge.regions.find((r) => r.kind === "central")! } : provincialStory(rng, knowledge);
  const { date, region, speakers, paragraphs } = story;

  if (noisy) breakOneParagraph(rng, paragraphs, speakers);
  let text = paragraphs.join("\n\n");
  if (noisy) text = `${text}\n\n${pick(rng, NOISE_LINES)}\n${pick(rng, NOISE_LINES)}`.replace(/，/g, (c) => (chance(rng, 0.1) ? ", " : c));
  text += "\n";
  if (traditional) {
    text = toTraditional(text);
    for (const s of speakers) s.quote = toTraditional(s.quote);
  }
  const fileName = `${String(index).padStart(7, "0")}_${region.code}_${date}.txt`;
  return { fileName, date, region: region.name, traditional, noisy, speakers, text };
}

/** Splits a statement paragraph mid-sentence, as page breaks do, away from its speaker's quote. */
function breakOneParagraph(rng: Rng, paragraphs: string[], speakers: PlannedSpeaker[]): void {
  const candidates = paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => speakers.some((s) => p.startsWith(s.quote)) && p.length > 40);
  if (candidates.length === 0) return;
  const { p, i } = pick(rng, candidates);
  const quoteEnd = speakers.find((s) => p.startsWith(s.quote))!.quote.length;
  const at = uniformInt(rng, quoteEnd + 5, p.length - 5);
  paragraphs.splice(i, 1, p.slice(0, at), p.slice(at));
}

/** Articles first..first+count-1 of the seed's corpus, one at a time. */
export function* syntheticCorpus(knowledge: Knowledge, seed: number, count: number, first = 0, options: CorpusOptions = {}): Generator<SyntheticArticle> {
  for (let i = first; i < first + count; i++) yield syntheticArticle(knowledge, seed, i, options);
}
