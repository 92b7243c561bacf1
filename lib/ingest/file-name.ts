// File names that are not valid UTF-8 (a folder copied from an old GBK system): Node reads them as
// strings with U+FFFD in place of the bad bytes, which no longer name the file. Such a name is kept
// as a string with each bad byte as a lone surrogate U+DC80–U+DCFF (Python's "surrogateescape",
// PEP 383), which no valid UTF-8 name can contain: it turns back into the exact bytes to open the file,
// and into a readable name with \xNN for messages and the database.

/** A name read from the disk as bytes, as a string: bad bytes become lone surrogates. */
export function nameFromBytes(bytes: Uint8Array): string {
  let name = "";
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length === 0) name += String.fromCharCode(0xdc00 + bytes[i++]);
    else {
      name += Buffer.from(bytes.subarray(i, i + length)).toString("utf8");
      i += length;
    }
  }
  return name;
}

/** A lone low surrogate of the escaped range: the second half of a pair (an emoji, say) is not one. */
const ESCAPED_BYTE = /(?<![\ud800-\udbff])[\udc80-\udcff]/g;

/** The path to give the file system: the bytes back when the name holds escaped ones. */
export function pathOnDisk(name: string): string | Buffer {
  if (name.search(ESCAPED_BYTE) < 0) return name;
  const bytes: number[] = [];
  for (const char of name) {
    const code = char.codePointAt(0)!;
    if (code >= 0xdc80 && code <= 0xdcff) bytes.push(code - 0xdc00);
    else bytes.push(...Buffer.from(char, "utf8"));
  }
  return Buffer.from(bytes);
}

/** The name for people and the database: escaped bytes as \xNN. */
export function readableName(name: string): string {
  return name.replace(ESCAPED_BYTE, (char) => `\\x${(char.charCodeAt(0) - 0xdc00).toString(16).toUpperCase()}`);
}

/** Bytes of the valid UTF-8 sequence at `i`, or 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  if (lead < 0x80) return 1;
  const [length, min, max] = lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0x7ff] : lead >= 0xe0 && lead <= 0xef ? [3, 0x800, 0xffff] : lead >= 0xf0 && lead <= 0xf4 ? [4, 0x10000, 0x10ffff] : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  let code = lead & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) {
    if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
    code = (code << 6) | (bytes[i + k] & 0x3f);
  }
  const surrogate = code >= 0xd800 && code <= 0xdfff;
  return code < min || code > max || surrogate ? 0 : length;
}
