import { applyEdits, type Edit, type NormalizedText } from "./normalize";

export type PassageKind = "headline" | "section" | "body" | "byline" | "meta";

/** A paragraph, headline or other line block of the clean text, with the story it belongs to. */
export interface Passage {
  start: number;
  end: number;
  text: string;
  kind: PassageKind;
  story: number;
  /** Opens a news story: 本报讯, 新华社北京3月17日电, 盐城晚报讯 3月17日晚... */
  dateline: boolean;
}

const terminalChars = new Set([..."。！？!?…”’」』》）)"]);
const bodyPunctuation = /[，；：、]/;
const metaLine =
  /^[-•·●\s]*(?:发布时间|发布日期|发表时间|更新时间|时间|日期|浏览量|阅读量|点击量|浏览次数|访问次数|来源|信息来源|文章来源)\s*[：:]|浏览量[：:]|浏览次数|阅读[：:]?\s*\d/;
// A short line holding a full date and no sentence: the page's date line (2023-01-12 09:15:36 来源:贵州日报).
const dateLine = /^[^，。；！？]{0,40}?(?:19|20)\d{2}(?:[-/.年]\d{1,2}[-/.月]\d{1,2}日?|年\d{1,2}月\d{1,2}日)(?![\d月])[^，。；！？]{0,40}$|^[^，。；！？]{0,30}\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}[^，。；！？]{0,40}$/;
// Site chrome of a saved web page: navigation, sharing, print and font controls, breadcrumbs.
const chromeLine =
  /^分享[：:]?\s*$|^[【\[]?(?:打印|关闭|收藏|返回|返回顶部|字体|字号|大|中|小|默认)[】\]]?(?:\s*[【\[]?(?:打印|关闭|收藏|返回|返回顶部|字体|字号|大|中|小|默认)[】\]]?)*\s*$|^(?:大家都在看|相关专题|相关阅读|相关新闻|相关链接|热点推荐|推荐阅读|延伸阅读)\s*$|投诉热线|新闻结尾|^【编辑|^[（(]?原标题[：:]|网站首页|当前位置|您的位置|返回首页|设为首页|加入收藏|网站地图|分享到|分享至|字号[：:]|【打\s*印】|打印本页|关闭窗口|扫一扫|微信扫|上一篇|下一篇|上一版|下一版|责任编辑|版权所有|^首页\s*[>＞]|[>＞]\s*正文\s*$|^(?:[^，。；！？|｜]{1,12}\s*[|｜]\s*){3,}/;
const bylineLine =
  /^(?:撰文|文|记者|通讯员|编辑|责任编辑|责编|编审|审核|审校|校对|资料|图|摄影|摄|图片|视频|监制|出品|作者|原标题|制作|策划|统筹|主编|来源)\s*[|｜：:\s]/;
const noticeLine = /版权声明|著作权|未经授权|不得转载|转载请注明|版权归|原创稿件|欢迎分享/;
// A photo caption: ▲会议现场, …记者 刘梦妍 摄, （图/路透社）.
const captionLine = /^[▲△■●]|(?:记者|记|通讯员)\s*[\u4e00-\u9fff·\s、]{2,20}\s*(?:摄|摄影)\s*[）)]?$|[（(]图[/／][^）)]{1,12}[）)]|\s(?:摄|摄影)\s*$/;
const sourceLine = /^(?:据|来源[：:]?)[^，。]{1,16}$|^[（(](?:记者|通讯员)[^，。]{0,24}[）)]$|^(?:记者|通讯员)\s*[\u4e00-\u9fff·\s]{2,16}$/;
const quotedLine = /^“[^“”]+”$/;
export const datelinePattern =
  /^(?:本报讯|[\u4e00-\u9fff·]{2,12}讯|新华社[^，。\s]{0,16}电|[\u4e00-\u9fff]{2,12}(?:网|社|台|报)[^，。\s]{0,14}电|[\u4e00-\u9fff]{2,12}消息)/;

interface Line {
  start: number;
  end: number;
  text: string;
  kind: PassageKind;
  markdownHeading: boolean;
}

function endsSentence(text: string): boolean {
  return terminalChars.has(text[text.length - 1]);
}

/** Ends with 。！？ itself, or a quote closed right after one: a headline may end with a quote, a sentence may not. */
function endsWithSentenceMark(text: string): boolean {
  const last = text[text.length - 1];
  if ("。！？!?…".includes(last)) return true;
  return "”’」』".includes(last) && "。！？!?…".includes(text[text.length - 2] ?? "");
}

function rawLineAt(raw: string, rawIndex: number): string {
  const from = raw.lastIndexOf("\n", rawIndex - 1) + 1;
  const to = raw.indexOf("\n", rawIndex);
  return raw.slice(from, to < 0 ? raw.length : to);
}

function classifyLine(text: string, rawLine: string): { kind: PassageKind; markdownHeading: boolean } {
  const heading = /^\s*#{1,6}\s/.test(rawLine);
  const bold = /^\s*\*\*[^*]+\*\*\s*$/.test(rawLine);
  if (metaLine.test(text) || (text.length <= 80 && (dateLine.test(text) || chromeLine.test(text)))) return { kind: "meta", markdownHeading: false };
  if (noticeLine.test(text) || (text.length < 60 && (bylineLine.test(text) || sourceLine.test(text))) || (text.length < 120 && captionLine.test(text)))
    return { kind: "byline", markdownHeading: false };
  if (heading) return { kind: "headline", markdownHeading: true };
  if (bold) return { kind: "section", markdownHeading: true };
  if (quotedLine.test(text) && text.length <= 60) return { kind: "section", markdownHeading: false };
  if (!endsWithSentenceMark(text) && !datelinePattern.test(text) && !/[，；、：]$/.test(text)) {
    // 李希：坚决打赢疫情防控阻击战 — a short line may hold a colon or 、 and still be a headline.
    if (!bodyPunctuation.test(text) && text.length <= 80) return { kind: "headline", markdownHeading: false };
    if (!/[，；]/.test(text) && text.length <= 40) return { kind: "headline", markdownHeading: false };
  }
  return { kind: "body", markdownHeading: false };
}

function readLines(norm: NormalizedText, raw: string): Line[] {
  const lines: Line[] = [];
  const { text } = norm;
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    let s = at;
    let e = nl;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) {
      const lineText = text.slice(s, e);
      const rawLine = rawLineAt(raw, norm.toRaw[s]);
      lines.push({ start: s, end: e, text: lineText, ...classifyLine(lineText, rawLine) });
    }
    at = nl + 1;
  }
  return lines;
}

/**
 * Splits clean text into passages. A body line that stops mid-sentence continues on the next
 * non-empty line: the line break is removed from the text so the passage reads as one.
 */
export function splitPassages(norm: NormalizedText, raw: string): { norm: NormalizedText; passages: Passage[] } {
  const lines = readLines(norm, raw);
  const edits: Edit[] = [];
  const groups: Line[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const group = [lines[i]];
    while (
      group[group.length - 1].kind === "body" &&
      !endsSentence(group[group.length - 1].text) &&
      i + 1 < lines.length &&
      (lines[i + 1].kind === "body" || lines[i + 1].kind === "headline") &&
      !lines[i + 1].markdownHeading &&
      !datelinePattern.test(lines[i + 1].text)
    ) {
      const prev = group[group.length - 1];
      edits.push({ start: prev.end, end: lines[i + 1].start, replacement: "" });
      group.push({ ...lines[i + 1], kind: "body" });
      i++;
    }
    groups.push(group);
  }
  const joined = applyEdits(norm, edits);
  // Positions shift left by the removed line breaks before them.
  let removed = 0;
  let e = 0;
  const shift = (pos: number): number => {
    while (e < edits.length && edits[e].end <= pos) {
      removed += edits[e].end - edits[e].start;
      e++;
    }
    return pos - removed;
  };
  const passages: Passage[] = [];
  for (const group of groups) {
    const first = group[0];
    const start = shift(first.start);
    const end = shift(group[group.length - 1].end);
    const text = joined.text.slice(start, end);
    passages.push({ start, end, text, kind: first.kind, story: 0, dateline: first.kind === "body" && datelinePattern.test(text) });
  }
  assignStories(passages);
  return { norm: joined, passages };
}

/**
 * A block of headline lines opens a new story when it starts the article, has several lines or
 * is followed by a dateline; a lone line inside a story is a section heading.
 */
function assignStories(passages: Passage[]): void {
  let story = -1;
  let seenBody = false;
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i];
    if (p.kind === "headline") {
      let j = i;
      while (j < passages.length && (passages[j].kind === "headline" || passages[j].kind === "byline")) j++;
      const block = passages.slice(i, j).filter((q) => q.kind === "headline");
      const next = passages[j];
      const opens = !seenBody || block.length >= 2 || (next !== undefined && next.dateline) || story < 0;
      if (opens) {
        story++;
        seenBody = false;
      } else for (const q of block) q.kind = "section";
      for (let k = i; k < j; k++) passages[k].story = story;
      i = j - 1;
      continue;
    }
    if (story < 0 || (p.dateline && seenBody)) {
      story++;
      seenBody = false;
    }
    if (p.kind === "body") seenBody = true;
    p.story = story;
  }
}
