// Interface text in English and Chinese. Region and theme names come from the data files in both
// languages; `localName` picks the one to show.

export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** The cookie that holds the reader's choice; no cookie means the default. */
export const LOCALE_COOKIE = "lang";

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

const en = {
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
  compareHint: "Shift-click regions on the map, or use “Add to compare” in a tooltip, to compare them side by side.",
  openCompare: "Open comparison",
  clearSelection: "Clear selection",
  statementCount: (n: number) => `${n} statement${n === 1 ? "" : "s"}`,
  withoutFilters: (n: number) => `(${n} without filters)`,
  topThemes: "Top themes",
  openRegion: "Open region",
  addToCompare: "Add to compare",
  noStatementsShort: "no statements",
  filteredToZero: "filtered to zero",

  whyThisTag: "Why this tag",
  sourceArticle: "source article",
  themesLabel: "Themes",

  regionLeaders: "Leaders and their posts",
  noPostsOnRecord: "No post on record in data/leaders.csv.",
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

  searchTitle: "Search",
  searchResults: (n: number, q: string) => `${n} statement${n === 1 ? "" : "s"} containing “${q}”`,
  searchShown: (n: number) => `showing the newest ${n}`,
  searchEmpty: "No statement contains these words. Try fewer or shorter words.",
  searchPrompt: "Type words to find in statements (three characters or more search the index; shorter ones scan).",
  matchesByRegion: "Matches by region",
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
  compareHint: "在地图上按住 Shift 点击地区，或在提示框中点“加入比较”，即可并列比较。",
  openCompare: "打开比较",
  clearSelection: "清除选择",
  statementCount: (n: number) => `${n} 条讲话`,
  withoutFilters: (n: number) => `（不筛选共 ${n} 条）`,
  topThemes: "主要主题",
  openRegion: "打开地区",
  addToCompare: "加入比较",
  noStatementsShort: "无讲话",
  filteredToZero: "筛选后为零",

  whyThisTag: "标注依据",
  sourceArticle: "来源文章",
  themesLabel: "主题",

  regionLeaders: "领导人及职务",
  noPostsOnRecord: "data/leaders.csv 中没有任职记录。",
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

  searchTitle: "搜索",
  searchResults: (n: number, q: string) => `含“${q}”的讲话 ${n} 条`,
  searchShown: (n: number) => `显示最新 ${n} 条`,
  searchEmpty: "没有讲话包含这些词。请减少或缩短关键词。",
  searchPrompt: "输入要在讲话中查找的词（三个字及以上使用索引，较短的词逐条扫描）。",
  matchesByRegion: "各地区匹配数",
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
