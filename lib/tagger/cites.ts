import { eventDateIn, type DateContext } from "./dates";
import type { TaggerLookup } from "./lookup";
import type { Cite } from "./types";

// 传达学习…精神, 认真落实…部署, 按照…批示要求: a statement carrying out what the centre said.
const citePattern =
  /(?:传达学习|学习传达|传达贯彻|学习贯彻|贯彻落实|认真落实|认真贯彻|深入贯彻|传达了|传达|落实|贯彻|按照|根据|遵照|依照)了?([^。；！？]{2,60}?)(精神|决策部署|安排部署|部署要求|部署|工作要求|要求|重要指示批示|重要指示|重要批示|批示|指示|重要讲话|讲话|重要论述)/g;
const centralWords = /党中央|中共中央|中央|国务院|全国|总书记|总理|国家主席/;
const centralLeaderTitle = /总书记|总理|国家主席|副总理|国务委员/;

function kindOf(object: string, noun: string): Cite["kind"] {
  if (/批示|指示/.test(noun) || /批示|指示/.test(object)) return "instruction";
  if (/讲话|论述/.test(noun) || /讲话|论述/.test(object)) return "speech";
  if (/会议|会上|全会|电视电话会|视频会/.test(object)) return "meeting";
  if (/文件|意见|通知|方案|决定|条例|规定|措施|一号文件/.test(object)) return "document";
  return "meeting";
}

function centralLeaderIn(object: string, lookup: TaggerLookup): string | null {
  for (const m of lookup.leaderNames.scan(object)) {
    const posts = lookup.leadersByName.get(m.phrase) ?? [];
    if (posts.length && posts.every((p) => p.region === "中央")) return m.phrase;
  }
  return null;
}

/**
 * The central meetings, speeches, instructions and documents a statement says it carries out, with
 * the central speaker and the date when written (落实9月9日国务院常务会议部署 → 国务院常务会议, 9月9日).
 */
export function citesIn(text: string, dates: DateContext, lookup: TaggerLookup): Cite[] {
  const cites: Cite[] = [];
  citePattern.lastIndex = 0;
  for (let m = citePattern.exec(text); m; m = citePattern.exec(text)) {
    const object = m[1].replace(/^(?:好|了|学习|贯彻)/, "");
    const speaker = centralLeaderIn(object, lookup);
    const body = lookup.centralBodies.scan(object)[0]?.phrase ?? null;
    if (!speaker && !body && !centralWords.test(object) && !centralLeaderTitle.test(object)) continue;
    // 省委、省政府部署 and 市委…要求 are local unless the centre is named first.
    const local = /(?:省|市|自治区|区|县)(?:委|政府|人大|政协)/.exec(object);
    const central = /党中央|中共中央|中央|国务院|全国|总书记|总理|国家/.exec(object);
    if (local && (!central || local.index < central.index) && !speaker) continue;
    const event = object.slice(central ? Math.min(central.index, speaker ? object.indexOf(speaker) : central.index) : 0).replace(/^[的和及、]/, "");
    const dated = eventDateIn(object, dates, false);
    cites.push({ event: event || object, speaker, kind: kindOf(object, m[2]), date: dated?.date ?? null, text: m[0] });
  }
  return cites;
}
