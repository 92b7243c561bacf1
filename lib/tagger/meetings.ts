import { afterPreviousCharIn, charSet, nextCharIn } from "./chars";
import type { TaggerLookup } from "./lookup";
import type { Level } from "./types";

/** A meeting convened in the text: who holds it decides whose directives "会议指出" are. */
export interface Convening {
  at: number;
  central: boolean;
  level: Level | null;
}

const conveningVerb = /主持召开|召开|举行|主持/g;
// 全国安全生产电视电话会议: a national meeting is convened by the centre.
const nationalMeeting = /(?:全国|^中央|[^省市区县]中央)[^，。；、]{0,24}(?:会议|电视电话会|视频会)/;
const clauseBreak = charSet("，。；！？\n");
const sentenceBreak = charSet("。！？\n");
const reportedWords = /认为|指出|强调|表示|要求|传达|学习|贯彻|落实/;
const localMarker = /省|市|自治区|区委|县|州委|我区/;
const municipalMarker = /我市|市委|市政府|市疫情|市级|续会|全市|市长|州委|州政府|全州|州长|盟委|行署/;
// 省委常委、广州市委书记: a city's leader who also sits on the province's standing committee.
const provincialSeatOfCityLeader = /省委常委[、，,]/g;

// 市长马宁宇主持召开…, 市委书记刘志仁出席并讲话: a city's own officer convenes the meeting.
const municipalConvener = /市委(?:副)?书记|市长|州委(?:副)?书记|州长/;
const officerTitle = /市委(?:副)?书记|市长|州委(?:副)?书记|州长|省委(?:副)?书记|省长|自治区(?:党委)?(?:副)?(?:书记|主席)/g;
const convenerVerb = /主持召开|主持会议|主持|召开|出席并讲话|讲话/;

/** Whether the officer named nearest before the opening's convening verb is a city's (…市长马宁宇主持召开). */
export function municipalConvenes(opening: string): boolean {
  const verb = convenerVerb.exec(opening);
  if (!verb) return false;
  const titles = [...opening.slice(0, verb.index).matchAll(officerTitle)];
  const last = titles.at(-1);
  return Boolean(last && municipalConvener.test(last[0]));
}

/** Whether words naming a meeting (省委常委会会议, 中央政治局常委会会议) place it at the centre or below. */
export function classifyMeeting(words: string, lookup: TaggerLookup): { central: boolean; level: Level | null } | null {
  const central = lookup.centralBodies.scan(words).length > 0 || centralLeaderIn(words, lookup) || nationalMeeting.test(words);
  if (central && !localMarker.test(words)) return { central: true, level: "central" };
  if (municipalConvenes(words)) return { central: false, level: "municipal" };
  if (municipalMarker.test(words) && !/省/.test(words.replace(provincialSeatOfCityLeader, ""))) return { central: false, level: "municipal" };
  if (localMarker.test(words)) return { central: false, level: "provincial" };
  return null;
}

function centralLeaderIn(words: string, lookup: TaggerLookup): boolean {
  for (const m of lookup.leaderNames.scan(words))
    if ((lookup.leadersByName.get(m.phrase) ?? []).some((p) => p.region === "中央")) return true;
  return false;
}

/** Meetings convened in a passage: 中央政治局常委会召开会议, 我省召开…调度会议, 习近平主持…会议. */
export function findConvenings(text: string, offset: number, lookup: TaggerLookup): Convening[] {
  const out: Convening[] = [];
  conveningVerb.lastIndex = 0;
  for (let m = conveningVerb.exec(text); m; m = conveningVerb.exec(text)) {
    const s = afterPreviousCharIn(text, clauseBreak, m.index);
    const e = nextCharIn(text, clauseBreak, m.index + m[0].length, text.length);
    const words = text.slice(s, e);
    if (!words.includes("会")) continue;
    // 全国…会议召开后，安徽…: a meeting held before, not the one this passage convenes.
    if (/^(?:后|之后|结束后|以来)/.test(text.slice(m.index + m[0].length))) continue;
    // 省委和市委分别召开…会议: meetings several bodies held, listed, not the one that speaks next.
    if (/分别$/.test(text.slice(s, m.index))) continue;
    // 大家一致认为，习近平总书记主持召开…: a meeting spoken of in reported words.
    const sentence = text.slice(afterPreviousCharIn(text, sentenceBreak, m.index), m.index);
    if (reportedWords.test(sentence)) continue;
    const kind = classifyMeeting(words, lookup);
    if (kind) out.push({ at: offset + m.index, ...kind });
  }
  return out;
}
