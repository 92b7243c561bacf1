// Turns the bytes of an article file into its text, or says in a sentence why it cannot.
// Decisions: UTF-8 (BOM optional) and UTF-16 with a BOM are read as they are; GBK/GB18030 and
// Big5, recognised by chardet, are decoded; an HTML page is reduced to its text; anything else
// (binary, another encoding, UTF-8 damaged in the middle, text with no Chinese) is refused.
import { stripVTControlCharacters } from "node:util";
import chardet from "chardet";

export type ArticleEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

export interface DecodedArticle {
  text: string;
  encoding: ArticleEncoding;
  /** The file was an HTML page; `text` is what a reader would see. */
  fromHtml: boolean;
}

/** Why bytes are not an article; the caller names the file. */
export class NotArticleTextError extends Error {}

const BINARY_SIGNATURES: [string, number[]][] = [
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["a ZIP archive (or a .docx/.xlsx file)", [0x50, 0x4b, 0x03, 0x04]],
];

const CHARDET_TO_ENCODING: Record<string, ArticleEncoding> = { GB18030: "gb18030", Big5: "big5" };
const MIN_CHARDET_CONFIDENCE = 60;
const han = /\p{Script=Han}/u;
const hanGlobal = /\p{Script=Han}/gu;

export function decodeArticleBytes(bytes: Uint8Array): DecodedArticle {
  if (bytes.length === 0) throw new NotArticleTextError("empty file");
  const signature = BINARY_SIGNATURES.find(([, magic]) => magic.every((b, i) => bytes[i] === b));
  if (signature) throw new NotArticleTextError(`${signature[0]}, not a text article`);

  const { text: decoded, encoding } = decodeText(bytes);
  const text = withoutControls(decoded);
  if (text.trim().length === 0) throw new NotArticleTextError("contains only whitespace");
  const fromHtml = looksLikeHtmlPage(text);
  const readable = fromHtml ? withoutControls(htmlToText(text)) : text;
  if (!han.test(readable)) {
    throw new NotArticleTextError(fromHtml ? "an HTML page with no Chinese text" : "no Chinese text (articles are read in Chinese)");
  }
  return { text: readable, encoding, fromHtml };
}

function decodeText(bytes: Uint8Array): { text: string; encoding: ArticleEncoding } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: strictDecode("utf-8", bytes.subarray(3)), encoding: "utf-8" };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: strictDecode("utf-16le", bytes.subarray(2)), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: strictDecode("utf-16be", bytes.subarray(2)), encoding: "utf-16be" };
  if (bytes.includes(0)) throw new NotArticleTextError("binary data (contains NUL bytes), not a text article");

  const lenient = new TextDecoder("utf-8").decode(bytes);
  const replacements = lenient.split("\ufffd").length - 1;
  if (replacements === 0) return { text: lenient, encoding: "utf-8" };
  // Mostly good UTF-8 Chinese with a few bad bytes is a damaged file, not another encoding.
  const hanCount = lenient.match(hanGlobal)?.length ?? 0;
  if (hanCount >= 10 * replacements) {
    const offset = Buffer.byteLength(lenient.slice(0, lenient.indexOf("\ufffd")), "utf8");
    throw new NotArticleTextError(`not valid UTF-8: ${replacements} damaged byte sequence(s), the first at byte ${offset}`);
  }
  const guess = chardet.analyse(bytes)[0];
  const encoding = guess && guess.confidence >= MIN_CHARDET_CONFIDENCE ? CHARDET_TO_ENCODING[guess.name] : undefined;
  if (!encoding) {
    throw new NotArticleTextError(`not valid UTF-8 text, nor recognisably GBK/GB18030 or Big5 (looks like ${guess?.name ?? "binary data"})`);
  }
  return { text: strictDecode(encoding, bytes), encoding };
}

/** Byte order marks at the start (a file saved twice with one has two) and control characters. */
const LEADING_BOMS = /^\ufeff+/;
/** C0 and C1 controls other than tab, line and page breaks. */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * The text without what no reader sees: leading byte order marks (a second one made the same
 * article a different text, loaded twice) and terminal escapes and control characters (an escape
 * at the start became the article's title).
 */
function withoutControls(text: string): string {
  return stripVTControlCharacters(text.replace(LEADING_BOMS, "")).replace(CONTROLS, "");
}

function strictDecode(encoding: ArticleEncoding, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new NotArticleTextError(`not valid ${encoding.toUpperCase()} text`);
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** A saved web page, not an article that happens to quote a tag. */
export function looksLikeHtmlPage(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The visible text of an HTML page: scripts, styles and tags dropped, block ends kept as line breaks. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template|head)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(br|\/p|\/div|\/h[1-6]|\/li|\/tr|\/title)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === "#") {
        const code = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        // As browsers read them: NUL, a surrogate half or past Unicode is U+FFFD, never a lone surrogate.
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "\ufffd";
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .split("\n")
    .map((line) => line.trim())
    .filter((line, i, lines) => line !== "" || (i > 0 && lines[i - 1] !== ""))
    .join("\n")
    .trim();
}
