// Every field of the statements and echoes exports (CSV columns and JSON keys), in both languages.
// Typed over the records themselves: a field added to an export without a line here does not compile.
import type { EchoRecord } from "@/lib/db/echoes";
import type { StatementRecord } from "@/lib/db/queries";

export interface FieldDescription {
  en: string;
  zh: string;
}

const list = "a list; in CSV joined with \"; \"";
const listZh = "列表；CSV 中以 \"; \" 连接";

export const STATEMENT_CODEBOOK: Record<keyof StatementRecord, FieldDescription> = {
  id: { en: "The statement's id; /trace/{id} and the article page's #s-{id} open it.", zh: "讲话编号；/trace/{id} 与文章页 #s-{id} 指向它。" },
  region: { en: "Province-level unit the statement was issued for (中央 for national bodies); empty when the tagger found none.", zh: "讲话所针对的省级单位（全国性机构为“中央”）；无法判断时为空。" },
  regionEn: { en: "The same region's English name.", zh: "该地区的英文名。" },
  city: { en: "Prefecture-level city the speaker spoke for, when the statement is a city's.", zh: "讲话属于地级市时，讲话人代表的城市。" },
  speaker: { en: "Who spoke (a person, or 会议 when the meeting itself decides).", zh: "讲话人（个人；会议本身作出决定时为“会议”）。" },
  office: { en: "The speaker's office as the text or data/leaders/ gives it on that date.", zh: "讲话人当日的职务，来自正文或 data/leaders/。" },
  level: { en: "central, provincial or municipal.", zh: "central（中央）、provincial（省级）或 municipal（市级）。" },
  date: { en: "Day of the statement (ISO); an undated statement takes its article's date as a bound.", zh: "讲话日期（ISO）；无日期的讲话取文章日期作为上限。" },
  kind: { en: "directive (instructs), assessment (describes or evaluates) or procedural (presides, attends).", zh: "directive（部署要求）、assessment（评估描述）或 procedural（程序性）。" },
  topics: { en: `Comparative Agendas Project major-topic codes, the primary first (${list}).`, zh: `比较议程项目（CAP）主要议题代码，首个为主议题（${listZh}）。` },
  topicsZh: { en: "The same topics' Chinese names.", zh: "这些议题的中文名。" },
  topicsEn: { en: "The same topics' English names.", zh: "这些议题的英文名。" },
  themes: { en: `The atlas's theme ids under those topics (data/themes.json; ${list}).`, zh: `这些议题下的本图集主题编号（data/themes.json；${listZh}）。` },
  themesZh: { en: "The same themes' Chinese names.", zh: "这些主题的中文名。" },
  themesEn: { en: "The same themes' English names.", zh: "这些主题的英文名。" },
  text: { en: "The statement's words as the article prints them.", zh: "文章中讲话的原文。" },
  articleId: { en: "The article's id; /article/{id} shows it with every statement highlighted.", zh: "文章编号；/article/{id} 显示全文并标出每条讲话。" },
  articleTitle: { en: "The article's headline, as given with it or read from its first lines.", zh: "文章标题，来自随文提供的元数据或正文开头。" },
  source: { en: "The outlet that published the article, as given with it or read from its dateline (the article page says which).", zh: "刊发文章的媒体，来自元数据或电头（文章页注明来源）。" },
  url: { en: "The article's address, when given with it.", zh: "文章网址（随文提供时）。" },
  articleDate: { en: "The article's publication date, as given with it or read from its text.", zh: "文章发布日期，来自元数据或正文。" },
  alsoIn: { en: `Other outlets that carried the same story; its statements are counted once (${list}).`, zh: `刊载同一报道的其他媒体；讲话只计一次（${listZh}）。` },
  alsoInUrls: { en: "Their addresses, in the same order (empty when not given).", zh: "这些媒体文章的网址，顺序相同（未提供时为空）。" },
  start: { en: "Offset of the statement's first character in the article's text (after any front matter).", zh: "讲话首字在文章正文中的位置（不含前置元数据）。" },
  end: { en: "Offset just after its last character.", zh: "讲话末字之后的位置。" },
};

export const ECHO_CODEBOOK: Record<keyof EchoRecord, FieldDescription> = {
  id: { en: "The echo's id.", zh: "呼应记录编号。" },
  kind: { en: "cites (names the central event) or echo (repeats or adapts its wording).", zh: "cites（点名引用中央会议或讲话）或 echo（重复或改写其措辞）。" },
  score: { en: "Rarity of the shared wording (0 for a cite that shares none).", zh: "共同措辞的罕见程度（不共用措辞的引用为 0）。" },
  lagDays: { en: "Days from the central statement to the echoing one.", zh: "从中央讲话到呼应讲话的天数。" },
  sharedSpans: { en: `The shared wording as it reads in the echoing statement (${list}).`, zh: `呼应讲话中的共同措辞（${listZh}）。` },
  spans: { en: "JSON only: each shared span's offsets in both statements.", zh: "仅 JSON：每段共同措辞在两条讲话中的位置。" },
  citedEvent: { en: "The central meeting, speech, instruction or document the statement names (cites).", zh: "讲话点名的中央会议、讲话、批示或文件（cites）。" },
  citedEventDate: { en: "That event's date, when a loaded central statement tells it.", zh: "该事件的日期（已载入的中央讲话给出时）。" },
  region: STATEMENT_CODEBOOK.region,
  regionEn: STATEMENT_CODEBOOK.regionEn,
  speaker: STATEMENT_CODEBOOK.speaker,
  office: STATEMENT_CODEBOOK.office,
  level: STATEMENT_CODEBOOK.level,
  date: STATEMENT_CODEBOOK.date,
  text: STATEMENT_CODEBOOK.text,
  articleId: STATEMENT_CODEBOOK.articleId,
  statementId: { en: "The echoing statement's id.", zh: "呼应讲话的编号。" },
  centralStatementId: { en: "The central statement's id.", zh: "中央讲话的编号。" },
  centralSpeaker: { en: "Who spoke in the central statement.", zh: "中央讲话的讲话人。" },
  centralDate: { en: "The central statement's date.", zh: "中央讲话的日期。" },
  centralText: { en: "The central statement's words.", zh: "中央讲话原文。" },
  centralArticleId: { en: "The central statement's article.", zh: "中央讲话所在文章的编号。" },
};
