import { describe, expect, it } from "vitest";
import { decodeArticleBytes, htmlToText } from "./article-text";
import { encodeGbk, encodeUtf16WithBom } from "./fixtures/legacy-encodings";

const ARTICLE = "河南省委书记楼阳生11月18日强调,要压实四方责任,守住不发生规模性反弹的底线。\n";

describe("decodeArticleBytes", () => {
  it.each([
    ["UTF-8", Buffer.from(ARTICLE), "utf-8"],
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]), "utf-8"],
    ["UTF-16LE with a BOM", encodeUtf16WithBom(ARTICLE, "le"), "utf-16le"],
    ["UTF-16BE with a BOM", encodeUtf16WithBom(ARTICLE, "be"), "utf-16be"],
    ["GBK", encodeGbk(ARTICLE), "gb18030"],
  ])("reads %s to the same text, without a BOM", (_, bytes, encoding) => {
    expect(decodeArticleBytes(bytes)).toEqual({ text: ARTICLE, encoding, fromHtml: false });
  });

  it("names the first damaged byte of UTF-8 broken in the middle instead of guessing another encoding", () => {
    const good = Buffer.from(ARTICLE.repeat(3));
    const boundary = Buffer.byteLength(ARTICLE.slice(0, 10)); // after 河南省委书记楼阳生11
    const damaged = Buffer.concat([good.subarray(0, boundary), Buffer.from([0xff, 0xc3]), good.subarray(boundary)]);
    expect(() => decodeArticleBytes(damaged)).toThrow(`not valid UTF-8: 2 damaged byte sequence(s), the first at byte ${boundary}`);
  });

  it.each([
    ["an empty file", Buffer.alloc(0), /empty file/],
    ["whitespace", Buffer.from(" \r\n\t　\n"), /only whitespace/],
    ["a PNG", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /a PNG image/],
    ["NUL bytes", Buffer.from([0x41, 0x00, 0x42, 0x43]), /binary data/],
    ["random bytes", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 17) % 251 || 1)), /not valid UTF-8 text, nor recognisably/],
    ["Latin-1", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]), /not valid UTF-8/],
    ["English text", Buffer.from("The provincial party secretary stressed prevention.\n"), /no Chinese text/],
  ])("refuses %s with a reason", (_, bytes, reason) => {
    expect(() => decodeArticleBytes(bytes)).toThrow(reason);
  });

  it("reads an HTML page as the text a reader would see", () => {
    const page = `<!DOCTYPE html><html><head><title>t</title><script>alert("x")</script></head>
      <body><h1>省委部署疫情防控</h1><p>${ARTICLE.trim()}</p><p>A &amp; B&nbsp;&#x4E2D;</p></body></html>`;
    const decoded = decodeArticleBytes(Buffer.from(page));
    expect(decoded.fromHtml).toBe(true);
    expect(decoded.text).toBe(`省委部署疫情防控\n${ARTICLE.trim()}\nA & B 中`);
  });

  it("keeps an article that merely quotes a tag as it is", () => {
    const text = `${ARTICLE}有网友留言<script>alert(1)</script>。`;
    expect(decodeArticleBytes(Buffer.from(text)).text).toBe(text);
  });
});

describe("decodeArticleBytes on what no reader sees", () => {
  it("reads a file saved with two byte order marks as the same text as with one", () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(decodeArticleBytes(Buffer.concat([bom, bom, Buffer.from(ARTICLE)])).text).toBe(ARTICLE);
    expect(decodeArticleBytes(Buffer.concat([encodeUtf16WithBom("\ufeff" + ARTICLE, "le")])).text).toBe(ARTICLE);
  });

  it("drops terminal escapes and control characters, so an escape at the start is not the title", () => {
    const coloured = `\u001b[1;31m${ARTICLE.trim()}\u001b[0m\n\u0007第二段。\u001b]0;title\u0007\n`;
    expect(decodeArticleBytes(Buffer.from(coloured)).text).toBe(`${ARTICLE.trim()}\n第二段。\n`);
  });
});

describe("htmlToText", () => {
  it("reads an entity for a surrogate half, NUL or past Unicode as U+FFFD, never a lone surrogate", () => {
    expect(htmlToText("<p>甲&#xD800;乙&#55296;丙&#0;丁&#x110000;</p>")).toBe("甲\ufffd乙\ufffd丙\ufffd丁\ufffd");
  });

  it("drops comments and styles and keeps one blank line between blocks", () => {
    expect(htmlToText("<style>p{}</style><!-- 注释 --><div>甲</div>\n\n\n<div>乙<br>丙</div>")).toBe("甲\n\n乙\n丙");
  });
});
