import type { TaggerLookup } from "./lookup";
import { classifyMeeting, findConvenings, type Convening } from "./meetings";
import type { Passage } from "./passages";
import { attributeSpeaker, type Registry, type SpeakerMention } from "./speakers";

/** A statement before its province and date are decided: a span of clean text and who said it. */
export interface StatementDraft {
  start: number;
  end: number;
  passage: Passage;
  speaker: SpeakerMention | null;
  /** The speaker was carried over from an earlier attribution (他强调, 一要…, a headline's speaker). */
  carried: boolean;
  /** The meeting a 会议 statement belongs to, or a meeting convened within a statement without speaker. */
  convening: Convening | null;
  /** Where the attribution ends within the statement (clean offset); dates before it are the event's. */
  attributionEnd: number;
}

// Paragraphs that go on with the last speaker's points: 一要…, 二是…, ——要…, 要…
const continuation =
  /^(?:要|还要|(?:同时|此外|另外|其次|再次|最后|首先|对此|为此)[，,]?要|必须|务必|一要|(?:指出|强调|要求)[，,：:]|[一二三四五六七八九十]+(?:要|是|、|，|：)|第[一二三四五六七八九十]+[，、：是]|——|—|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[①②③④⑤⑥⑦⑧⑨⑩])/;

// 本报讯（记者 崔骏）, 中新网广州11月9日电 （记者 王坚）, 据“石家庄发布”22日消息，: the report's, nobody's words.
const datelineLead =
  /^(?:本报讯|[^，。；！？\s]{0,20}?(?:网|社|报|台|频道|客户端|新闻|公司)[^，。；！？\s]{0,14}?(?:讯|电|消息)|[^，。；！？\s]{0,16}\d{1,2}月\d{1,2}日(?:讯|电|消息)|据[^，。；！？]{1,24}?消息)[）)]?\s*(?:[（(][^（）()]{0,30}[）)])?\s*[：:，,]?\s*/;
// （方炜杭 李建辉）, （记者 赵荣昌）, 【编辑:李润泽】 after the last sentence.
const bylineTail = /(?<=[。！？”])\s*(?:[（(【\[][^（）()【】\[\]。]{2,40}[）)】\]]\s*)+$/;

/** The length of a dateline and its byline at the start of a passage, or 0. */
export function datelineHead(text: string): number {
  const m = datelineLead.exec(text);
  if (!m || m[0].length === 0 || m[0].length > 60) return 0;
  return m[0].length;
}

/** The length of the passage without the bylines in brackets that close it. */
export function trailingByline(text: string): number {
  const m = bylineTail.exec(text);
  return m ? m.index : text.length;
}

function meetingOf(mention: SpeakerMention, at: number, convenings: Convening[], lookup: TaggerLookup): Convening | null {
  const own = mention.meetingBody ? classifyMeeting(mention.meetingBody, lookup) : null;
  if (own) return { at, ...own };
  let last: Convening | null = null;
  for (const c of convenings) if (c.at < at) last = c;
  return last;
}

/**
 * Cuts each story into statements. The speaker carries over within a story through pronouns,
 * enumerated points and continuation paragraphs; a section heading or a new story resets it.
 */
export function draftStatements(passages: Passage[], lookup: TaggerLookup, registry: Registry): StatementDraft[] {
  const drafts: StatementDraft[] = [];
  let story = -1;
  let last: SpeakerMention | null = null;
  let lastPerson: SpeakerMention | null = null;
  let headlineSpeaker: SpeakerMention | null = null;
  let convenings: Convening[] = [];
  const spansOf = new Map<Passage, ReturnType<typeof attributeSpeaker>>();
  for (const p of passages) if (p.kind === "headline" || p.kind === "body") spansOf.set(p, attributeSpeaker(p.text, lookup, registry));
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i];
    if (p.story !== story) {
      story = p.story;
      last = null;
      lastPerson = null;
      convenings = [];
      headlineSpeaker = null;
      for (let j = i; j < passages.length && passages[j].story === story && passages[j].kind !== "body"; j++) {
        const first = spansOf.get(passages[j])?.find((s) => s.mention?.kind === "person");
        if (first?.mention) {
          headlineSpeaker = first.mention;
          break;
        }
      }
    }
    if (p.kind === "byline" || p.kind === "meta") continue;
    convenings.push(...findConvenings(p.text, p.start, lookup));
    if (p.kind === "section") {
      last = null;
      drafts.push({ start: p.start, end: p.end, passage: p, speaker: null, carried: false, convening: null, attributionEnd: p.start });
      continue;
    }
    const spans = spansOf.get(p) ?? [];
    const lead = p.kind === "body" ? datelineHead(p.text) : 0;
    const tail = p.kind === "body" ? p.text.length - trailingByline(p.text) : 0;
    spans.forEach((span, k) => {
      const start = p.start + Math.max(span.start, k === 0 ? lead : 0);
      const end = p.start + Math.min(span.end, p.text.length - tail);
      if (end <= start) return;
      let speaker: SpeakerMention | null = span.mention;
      let carried = false;
      if (speaker?.kind === "pronoun") {
        // 他/她 is a person: the last person named, not the meeting.
        speaker = lastPerson;
        carried = true;
      } else if (!speaker && p.kind === "headline") {
        speaker = headlineSpeaker;
        carried = speaker !== null;
      } else if (!speaker && k === 0 && continuation.test(p.text)) {
        speaker = last;
        carried = speaker !== null;
      }
      const mentionAt = p.start + (span.mention?.start ?? span.start);
      const convening =
        speaker?.kind === "meeting"
          ? meetingOf(speaker, mentionAt, convenings, lookup)
          : (convenings.find((c) => c.at >= start && c.at < end) ?? null);
      const attributionEnd = span.mention ? p.start + span.mention.end : start;
      drafts.push({ start, end, passage: p, speaker, carried, convening, attributionEnd });
      if (span.mention && span.mention.kind !== "pronoun") last = span.mention;
      if (span.mention?.kind === "person") lastPerson = span.mention;
    });
    if (p.kind === "headline") last = null;
  }
  return drafts;
}
