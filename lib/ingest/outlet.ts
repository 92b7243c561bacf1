// The outlet of an article whose file does not name it, read from the story's own header: a source
// line (来源：河南日报), a dateline that opens with an outlet (新华社北京3月17日电), or 本报讯 under a
// header that names the paper. Outlets are those of data/outlets.json, each with its source.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { normalizeText } from "@/lib/tagger/normalize";

const outletSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).min(1),
  kind: z.string().min(1),
  region: z.string().min(1),
  source: z.string().url(),
});

export type Outlet = z.infer<typeof outletSchema>;

export function loadOutlets(file = path.join("data", "outlets.json")): Outlet[] {
  const parsed = z.object({ outlets: z.array(outletSchema) }).safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data.outlets;
}

export interface InferredOutlet {
  outlet: string;
  /** What in the text names it, for the article page. */
  evidence: string;
}

/** Lines read for a header: a story's dateline comes within its first few paragraphs. */
const HEADER_LINES = 15;
const SOURCE_LINE = /(?:来源|来\s+源|稿源|转自)\s*[:：|｜]\s*(\S+)/;
const OWN_PAPER_DATELINE = /^\s*(?:【[^】]*】)?\s*本报(?:[\u4e00-\u9fff]{0,6})?(?:讯|电)/;
/** An outlet's name opening a dateline, with its place, date and 电/讯 following within a few characters. */
const datelineAfter = (alias: string) => new RegExp(`^\\s*(?:【[^】]*】)?\\s*${escape(alias)}[^，。,\\s]{0,16}(?:电|讯|消息)`);

export function inferOutlet(text: string, outlets: readonly Outlet[]): InferredOutlet | null {
  const lines = normalizeText(text.slice(0, 4_000))
    .text.split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .slice(0, HEADER_LINES);
  // Longest aliases first: 新华日报 is not 新华社, 人民日报 is not 人民网.
  const aliases = outlets.flatMap((o) => o.aliases.map((alias) => ({ alias, outlet: o.name }))).sort((a, b) => b.alias.length - a.alias.length);
  const named = (words: string) => aliases.find(({ alias }) => words.startsWith(alias) || words.startsWith(`《${alias}》`));

  for (const line of lines) {
    const source = SOURCE_LINE.exec(line);
    const found = source && named(source[1]);
    if (found) return { outlet: found.outlet, evidence: `source line: ${source[0]}` };
  }
  for (const [index, line] of lines.entries()) {
    const opening = aliases.find(({ alias }) => datelineAfter(alias).test(line));
    if (opening) return { outlet: opening.outlet, evidence: `dateline: ${line.slice(0, 24)}` };
    if (OWN_PAPER_DATELINE.test(line)) {
      const header = lines.slice(0, index).join("\n");
      const paper = aliases.find(({ alias }) => header.includes(alias));
      return paper ? { outlet: paper.outlet, evidence: `本报讯 under a header naming ${paper.alias}` } : null;
    }
  }
  return null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
