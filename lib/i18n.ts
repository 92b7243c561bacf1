// Interface text in English and Chinese. Region and theme names come from the data files in both
// languages; `localName` picks the one to show.

export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** The cookie that holds the reader's choice; no cookie means the default. */
export const LOCALE_COOKIE = "lang";
/** `?lang=zh|en` overrides the cookie for one view, and the view's links keep it. */
export const LANG_PARAM = "lang";

/** `href` with `lang` added to its query (before any #fragment), when a view was asked for in one language. */
export function withLang(href: string, lang: Locale | null): string {
  if (!lang || !href.startsWith("/")) return href;
  const hashAt = href.indexOf("#");
  const [path, hash] = hashAt === -1 ? [href, ""] : [href.slice(0, hashAt), href.slice(hashAt)];
  const queryAt = path.indexOf("?");
  const params = new URLSearchParams(queryAt === -1 ? "" : path.slice(queryAt + 1));
  params.set(LANG_PARAM, lang);
  return `${queryAt === -1 ? path : path.slice(0, queryAt)}?${params.toString()}${hash}`;
}

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/** 10,000 rather than 10000, in both languages. */
const grouped = (n: number) => n.toLocaleString("en-US");

const en = {
  siteName: "Directive Atlas",
  brandTagline: "How China's leaders pass directives down the hierarchy",
  navMap: "Map",
  navCompare: "Compare",
  searchPlaceholder: "Search statements, e.g. 监测预警",
  searchLabel: "Search statements",
  searchButton: "Search",
  switchLanguage: "中文",
  switchLanguageLabel: "切换到中文",

  filters: "Filters",
  theme: "Theme",
  allThemes: "All themes",
  level: "Level",
  allLevels: "All levels",
  leader: "Leader",
  leaderExample: "e.g. 楼阳生",
  from: "From",
  to: "To",
  apply: "Apply",
  clear: "Clear",
  levels: { central: "Central", provincial: "Provincial", municipal: "Municipal" } as Record<string, string>,

  mapLabel: "Map of statements by region",
  regionTable: "Table of statements by region",
  region: "Region",
  statementsHeading: "Statements",
  speakers: "Speakers",
  central: "Central",
  allCentral: "All central statements",
  badFilters: "These filters cannot be applied",
  noStatementsYet: "No statements loaded yet",
  howToLoad: "Load articles with npm run seed (the bundled articles) or npm run seed -- path/to/folder, then reload this page.",
  compareSelection: "Compare",
  compareHint: "Shift-click regions on the map to compare them side by side.",
  openCompare: "Open comparison",
  clearSelection: "Clear selection",
  statementCount: (n: number) => `${n} statement${n === 1 ? "" : "s"}`,
  withoutFilters: (n: number) => `(${n} without filters)`,
  newestShown: (n: number) => `the ${n} newest shown`,
  oldestShown: (n: number) => `the ${n} oldest shown`,
  topThemes: "Top themes",
  tooltipActions: (selected: boolean) => `Click: open · Shift-click: ${selected ? "remove from" : "add to"} the comparison`,
  noStatementsShort: "no statements",
  filteredToZero: "filtered to zero",

  kindLabel: "Count",
  kinds: { directive: "Directives", all: "All statements", assessment: "Assessments", procedural: "Procedural lines" } as Record<string, string>,
  kindOne: { directive: "Directive", assessment: "Assessment", procedural: "Procedural" } as Record<string, string>,
  allOfTopic: (topic: string) => `All of ${topic}`,
  topicsLabel: "CAP topics",
  topicProfile: "Topic profile (shared scale; open a topic for its themes)",
  evidence: {
    office: (d: string) => `Office named in the text: ${d}`,
    city: (d: string) => `Place named in the text: ${d}`,
    tenure: (d: string) => `In that post on that date: ${d}`,
    context: (d: string) => `From the article around it: ${d}`,
    centralBody: (d: string) => `A central body: ${d}`,
    carriedOver: (speaker: string) => `Said by ${speaker}, named earlier in the article (他强调, 一要…, a paragraph that goes on)`,
    theme: (theme: string, phrases: string) => `Theme “${theme}”: the text says ${phrases}`,
    topicFromStory: (topic: string, field: string) => `Topic “${topic}”: no theme of its own; the article is about ${field}`,
    kind: {
      instruction: (words: string) => `Directive: it instructs (${words})`,
      "later-instruction": (words: string) => `Directive: a later sentence instructs (${words})`,
      evaluation: (words: string) => `Assessment: it describes or evaluates (${words})`,
      "no-instruction": (words: string) => `Assessment: nothing in it instructs${words ? ` (${words})` : ""}`,
      procedure: (words: string) => `Procedural: it records who presided, attended, convened or inspected (${words})`,
      headline: () => "Procedural: a headline names the event, it instructs no one",
    } as Record<string, (words: string) => string>,
  },
  whyThisTag: "Why this tag",
  sourceArticle: "source article",
  themesLabel: "Themes",

  regionLeaders: "Leaders and their posts",
  noPostsOnRecord: "No post on record in data/leaders/.",
  now: "now",
  source: "source",
  themeBreakdown: "Themes",
  timeline: "Timeline",
  besideCentral: "Beside the central directives",
  besideCentralHint: "Each row: a central statement and this region's statements on a shared theme in the 60 days that followed.",
  daysAfter: (n: number) => (n === 0 ? "same day" : `${n} day${n === 1 ? "" : "s"} later`),
  noFollowUp: "no statement from this region on the same themes within 60 days",
  statementsByLeader: "Statements by leader",
  unattributed: "Unattributed",
  noRegionStatements: "No statements tagged for this region yet.",
  download: "Download CSV",
  period: "Period",
  allYears: "All years",
  play: "Play",
  pause: "Pause",
  countedPerRegion: (kind: string) =>
    ({ directive: "Directives per region", assessment: "Assessments per region", procedural: "Procedural lines per region" })[kind] ?? "Statements per region",
  downloadImage: "Download image",
  citeThisView: "Cite this view",
  figureSource: "Source: Directive Atlas, statements tagged from news articles by rule · Boundaries: Tianditu (天地图)",
  citation: (title: string, subtitle: string, url: string, accessed: string) =>
    `Directive Atlas (${accessed.slice(0, 4)}). ${title}: ${subtitle} [map]. ${url}, accessed ${accessed}.`,
  compareThisRegion: "Compare with other regions",

  posts: "Posts",
  regionsSpokenFor: "Regions spoken for",

  articleLegend: "Speakers",

  compareTitle: "Compare regions",
  comparePick: "Regions (2 to 4)",
  compareUpdate: "Compare",
  compareTooFew: "Choose at least two regions to compare.",
  leaders: "Leaders",
  themeProfile: "Theme profile (shared scale)",
  alignedByTheme: "Statements aligned by theme",
  nothingOnTheme: "—",
  echoSpeed: "Echo speed",

  trace: "trace",
  traceTitle: "Trace: who echoed this central directive",
  traceNone: "No province or city has echoed it in the articles loaded.",
  traceEchoedBy: (n: number) => `Echoed by ${n} region${n === 1 ? "" : "s"} within the window.`,
  traceMapLabel: "Map of how soon each region echoed the directive",
  traceLegend: "Colour: days from the directive to the region's first echo (dark = same day).",
  neverEchoed: "never echoed",
  echoedSameDay: "echoed the same day",
  echoedAfter: (n: number) => `echoed after ${n} day${n === 1 ? "" : "s"}`,
  echoClauses: (n: number) => `(${n} clauses)`,
  noEchoesYet: "No echoes yet.",
  echoOrder: "Regions in the order they echoed",
  centralIssues: "中央 issues the directive",
  clauseByClause: "The directive, clause by clause",
  clausesAndEchoes: "Directive clauses and their echoes",
  noClauses: "This statement holds no directive clause (a report, not an instruction).",
  echoedByNoRegion: "Echoed by no region.",
  score: "score",
  echoesHeading: "Echoes of central directives",
  echoesHint: "This region's directive clauses that repeat a central clause's distinctive wording, with the shared phrases marked.",
  noEchoes: "No clause of this region echoes a central directive in the articles loaded.",
  localInitiatives: "Directives of its own",
  localInitiativesHint: "Statements whose directive clauses echo no central clause.",
  echoSpeedCell: (echoes: number, clauses: number) => `${echoes} echo${echoes === 1 ? "" : "es"} of ${clauses} central clause${clauses === 1 ? "" : "s"}`,
  medianLag: (days: number) => `median ${days} day${days === 1 ? "" : "s"}`,
  fastestLag: (days: number) => `fastest ${days} day${days === 1 ? "" : "s"}`,

  searchTitle: "Search",
  searchResults: (n: number, q: string) => `${grouped(n)} statement${n === 1 ? "" : "s"} containing “${q}”`,
  searchResultsMoreThan: (n: number, q: string) => `More than ${grouped(n)} statements match “${q}”`,
  countAllMatches: "count them all (slower)",
  searchShown: (n: number) => `showing the newest ${n}`,
  searchEmpty: "No statement contains these words. Try fewer or shorter words.",
  searchPrompt: "Type words to find in statements (three characters or more search the index; shorter ones scan).",
  matchesByRegion: "Matches by region",
  matchesByRegionUncounted: "Shown once every match is counted.",
  noRegion: "No region",

  notFoundTitle: "Not found",
  notFoundText: "There is no such page.",
  backToMap: "Back to the map",
  errorTitle: "Something went wrong",
  errorText: "This page could not be shown. Try again; if it keeps failing, the database may be missing or being rebuilt.",
  tryAgain: "Try again",
  loading: "Loading…",
};

export type Messages = typeof en;

const zh: Messages = {
  siteName: "指令地图",
  brandTagline: "中国领导人如何逐级传达指示",
  navMap: "地图",
  navCompare: "比较",
  searchPlaceholder: "搜索讲话，如：监测预警",
  searchLabel: "搜索讲话",
  searchButton: "搜索",
  switchLanguage: "English",
  switchLanguageLabel: "Switch to English",

  filters: "筛选",
  theme: "主题",
  allThemes: "全部主题",
  level: "层级",
  allLevels: "全部层级",
  leader: "领导人",
  leaderExample: "如：楼阳生",
  from: "起",
  to: "止",
  apply: "应用",
  clear: "清除",
  levels: { central: "中央", provincial: "省级", municipal: "市级" },

  mapLabel: "各地区讲话地图",
  regionTable: "各地区讲话数量表",
  region: "地区",
  statementsHeading: "讲话",
  speakers: "讲话人",
  central: "中央",
  allCentral: "全部中央讲话",
  badFilters: "无法应用这些筛选条件",
  noStatementsYet: "尚未载入讲话",
  howToLoad: "用 npm run seed（附带的文章）或 npm run seed -- 文件夹路径 载入文章，然后刷新本页。",
  compareSelection: "比较",
  compareHint: "在地图上按住 Shift 点击地区，即可并列比较。",
  openCompare: "打开比较",
  clearSelection: "清除选择",
  statementCount: (n: number) => `${n} 条讲话`,
  withoutFilters: (n: number) => `（不筛选共 ${n} 条）`,
  newestShown: (n: number) => `显示最新 ${n} 条`,
  oldestShown: (n: number) => `显示最早 ${n} 条`,
  topThemes: "主要主题",
  tooltipActions: (selected: boolean) => `点击：打开 · Shift+点击：${selected ? "移出" : "加入"}比较`,
  noStatementsShort: "无讲话",
  filteredToZero: "筛选后为零",

  kindLabel: "统计",
  kinds: { directive: "指示", all: "全部讲话", assessment: "评估", procedural: "程序性记载" } as Record<string, string>,
  kindOne: { directive: "指示", assessment: "评估", procedural: "程序性" } as Record<string, string>,
  allOfTopic: (topic: string) => `${topic}（全部）`,
  topicsLabel: "CAP议题",
  topicProfile: "议题分布（同一刻度；展开议题查看主题）",
  evidence: {
    office: (d: string) => `文中职务：${d}`,
    city: (d: string) => `文中地名：${d}`,
    tenure: (d: string) => `当日在任：${d}`,
    context: (d: string) => `据上下文：${d}`,
    centralBody: (d: string) => `中央机构：${d}`,
    carriedOver: (speaker: string) => `承接前文，仍是${speaker}的讲话（他强调、一要……、段落续接）`,
    theme: (theme: string, phrases: string) => `主题“${theme}”：文中有${phrases}`,
    topicFromStory: (topic: string, field: string) => `议题“${topic}”：本条无主题词，全文讲的是${field}`,
    kind: {
      instruction: (words: string) => `指示：有指令性用语（${words}）`,
      "later-instruction": (words: string) => `指示：后文有指令性用语（${words}）`,
      evaluation: (words: string) => `评估：叙述或评价情况（${words}）`,
      "no-instruction": (words: string) => `评估：没有指令性用语${words ? `（${words}）` : ""}`,
      procedure: (words: string) => `程序性：记载主持、出席、召开或调研（${words}）`,
      headline: () => "程序性：标题只点明事件，不发指示",
    } as Record<string, (words: string) => string>,
  },
  whyThisTag: "标注依据",
  sourceArticle: "来源文章",
  themesLabel: "主题",

  regionLeaders: "领导人及职务",
  noPostsOnRecord: "data/leaders/ 中没有任职记录。",
  now: "至今",
  source: "来源",
  themeBreakdown: "主题分布",
  timeline: "时间线",
  besideCentral: "对照中央指示",
  besideCentralHint: "每行：一条中央讲话，以及本地区此后 60 天内同主题的讲话。",
  daysAfter: (n: number) => (n === 0 ? "同日" : `${n} 天后`),
  noFollowUp: "60 天内本地区没有同主题讲话",
  statementsByLeader: "按领导人分列的讲话",
  unattributed: "未署名",
  noRegionStatements: "该地区尚无标注的讲话。",
  download: "下载 CSV",
  period: "时段",
  allYears: "全部年份",
  play: "播放",
  pause: "暂停",
  countedPerRegion: (kind: string) => ({ directive: "各地指示数", assessment: "各地评估数", procedural: "各地程序性记载数" })[kind] ?? "各地讲话数",
  downloadImage: "下载图片",
  citeThisView: "引用此视图",
  figureSource: "来源：指令地图，据新闻报道按规则标注的讲话 · 边界：天地图",
  citation: (title: string, subtitle: string, url: string, accessed: string) => `指令地图（${accessed.slice(0, 4)}）。${title}：${subtitle}［地图］。${url}，访问于 ${accessed}。`,
  compareThisRegion: "与其他地区比较",

  posts: "职务",
  regionsSpokenFor: "代表的地区",

  articleLegend: "讲话人",

  compareTitle: "地区比较",
  comparePick: "地区（2 至 4 个）",
  compareUpdate: "比较",
  compareTooFew: "请至少选择两个地区进行比较。",
  leaders: "领导人",
  themeProfile: "主题分布（统一刻度）",
  alignedByTheme: "按主题对齐的讲话",
  nothingOnTheme: "—",
  echoSpeed: "响应速度",

  trace: "追踪",
  traceTitle: "追踪：哪些地方呼应了这条中央指示",
  traceNone: "已载入的文章中，没有省市呼应这条指示。",
  traceEchoedBy: (n: number) => `窗口期内有 ${n} 个地区呼应。`,
  traceMapLabel: "各地区呼应速度地图",
  traceLegend: "颜色：从中央指示到该地区首次呼应的天数（深色 = 同日）。",
  neverEchoed: "未呼应",
  echoedSameDay: "同日呼应",
  echoedAfter: (n: number) => `${n} 天后呼应`,
  echoClauses: (n: number) => `（${n} 条）`,
  noEchoesYet: "尚无呼应。",
  echoOrder: "按呼应先后排列的地区",
  centralIssues: "中央发出指示",
  clauseByClause: "逐条列出的指示",
  clausesAndEchoes: "指示条目及其呼应",
  noClauses: "这条讲话不含指示性条目（是通报，不是要求）。",
  echoedByNoRegion: "没有地区呼应。",
  score: "得分",
  echoesHeading: "对中央指示的呼应",
  echoesHint: "本地区重复中央指示独特措辞的条目，共同短语已标出。",
  noEchoes: "已载入的文章中，本地区没有呼应中央指示的条目。",
  localInitiatives: "自有指示",
  localInitiativesHint: "指示条目未呼应任何中央条目的讲话。",
  echoSpeedCell: (echoes: number, clauses: number) => `呼应 ${clauses} 条中央指示，共 ${echoes} 处`,
  medianLag: (days: number) => `中位 ${days} 天`,
  fastestLag: (days: number) => `最快 ${days} 天`,

  searchTitle: "搜索",
  searchResults: (n: number, q: string) => `含“${q}”的讲话 ${grouped(n)} 条`,
  searchResultsMoreThan: (n: number, q: string) => `含“${q}”的讲话超过 ${grouped(n)} 条`,
  countAllMatches: "全部计数（较慢）",
  searchShown: (n: number) => `显示最新 ${n} 条`,
  searchEmpty: "没有讲话包含这些词。请减少或缩短关键词。",
  searchPrompt: "输入要在讲话中查找的词（三个字及以上使用索引，较短的词逐条扫描）。",
  matchesByRegion: "各地区匹配数",
  matchesByRegionUncounted: "全部计数后显示。",
  noRegion: "未定地区",

  notFoundTitle: "页面不存在",
  notFoundText: "没有这个页面。",
  backToMap: "返回地图",
  errorTitle: "出错了",
  errorText: "无法显示本页。请重试；如果一直失败，数据库可能缺失或正在重建。",
  tryAgain: "重试",
  loading: "加载中…",
};

const MESSAGES: Record<Locale, Messages> = { en, zh };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** A region's or theme's name in the reader's language. */
export function localName(locale: Locale, named: { name?: string; nameZh?: string; nameEn: string }): string {
  return locale === "zh" ? (named.nameZh ?? named.name ?? named.nameEn) : named.nameEn;
}
