// YAML front matter at the head of a .txt or .md article: a block between two `---` lines.
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { parseArticleMetadata, type ArticleMetadata } from "./article-metadata";

export interface SplitArticle {
  metadata: ArticleMetadata;
  /** The text after the front matter (the whole text when there is none): what is tagged and stored. */
  body: string;
  /** Where the body starts in the text: offsets into the body plus this index the file's text. */
  bodyStart: number;
}

/** Why front matter cannot be read, starting with the line of the file at fault. */
export class FrontMatterError extends Error {}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

export function splitFrontMatter(text: string): SplitArticle {
  const opening = OPENING.exec(text);
  if (!opening) return { metadata: {}, body: text, bodyStart: 0 };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) throw new FrontMatterError("line 1: front matter opened with --- is never closed by a --- line");
  const afterClosing = rest.slice(closing.index + closing[0].length);
  const body = afterClosing.replace(/^\r?\n/, "");
  const bodyStart = text.length - body.length;

  // Lines of the file: the YAML starts on line 2.
  const lines = new LineCounter();
  const document = parseDocument(rest.slice(0, closing.index), { lineCounter: lines, prettyErrors: false });
  const lineOf = (offset: number) => lines.linePos(offset).line + 1;
  const syntaxError = document.errors[0];
  if (syntaxError) throw new FrontMatterError(`line ${lineOf(syntaxError.pos[0])}: front matter is not valid YAML (${syntaxError.message.split("\n")[0]})`);
  if (document.contents !== null && !isMap(document.contents)) throw new FrontMatterError("line 2: front matter must be fields (title: …, date: …), not a single value");

  const checked = parseArticleMetadata(document.toJS() ?? {});
  if ("problem" in checked) {
    const pair = isMap(document.contents) ? document.contents.items.find((item) => isScalar(item.key) && item.key.value === checked.field) : undefined;
    const start = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    throw new FrontMatterError(`line ${start === undefined ? 2 : lineOf(start)}: front matter ${checked.problem}`);
  }
  return { metadata: checked.metadata, body, bodyStart };
}
