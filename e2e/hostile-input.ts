// Hostile and random URL parts for fuzzing, reproducible from a seed. Values are sent raw:
// broken percent-encoding and lone surrogates (as WTF-8 bytes) reach the server as they are.
import fc from "fast-check";

const HOSTILE_VALUES = [
  "' OR 1=1 --",
  "'; DROP TABLE \"Statement\"; --",
  "1; DELETE FROM Article",
  "\" OR \"\"=\"",
  "1 UNION SELECT name, sql FROM sqlite_master --",
  "henan' --",
  "%",
  "%%",
  "%E0%A4%A",
  "%FF%FE",
  "%C0%AF",
  "%ED%A0%80",
  "%00",
  "%0d%0aSet-Cookie:%20x=1",
  "NEAR(防控 疫情, 2)",
  "\"unterminated",
  "防控*",
  "a OR b NOT c",
  "^start",
  "text:防控",
  "(((",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "../../../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "\u0000",
  "\ud800",
  "\udfff\ud800",
  "🦠".repeat(50),
  "防".repeat(700), // 6 KB once encoded: long, yet under the 8 KB request line most proxies allow
  "a".repeat(7_000),
  "9".repeat(400),
  "-1",
  "0",
  "1e308",
  "NaN",
  "Infinity",
  "0x10",
  "2023-02-30",
  "2023-13-01",
  "99999-01-01",
  "1970-01-01T00:00:00Z",
  "__proto__",
  "constructor",
  "toString",
  "[]",
  "{}",
  "null",
  "undefined",
  "true",
  " ",
  "",
];

/** Percent-encodes what may not appear raw in a request line; keeps '%' so broken escapes stay broken. */
export function rawUrlPart(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0x20 && code < 0x7f && value[i] !== "#" && value[i] !== "&" && value[i] !== "=") out += value[i];
    else if (code >= 0xd800 && code <= 0xdfff) {
      const pairs = code <= 0xdbff && i + 1 < value.length && /[\udc00-\udfff]/.test(value[i + 1]);
      if (pairs) out += encodeURIComponent(value.slice(i, ++i + 1));
      else out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map(percent).join(""); // WTF-8: invalid UTF-8
    } else out += encodeURIComponent(value[i]);
  }
  return out;
}

function percent(byte: number): string {
  return `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
}

const hostileValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^%[0-9A-Fa-f]?[0-9A-Za-z]?$/) },
);

/** Query strings (without '?') over the given keys and random ones, some keys repeated. */
export function hostileQueryStrings(keys: string[], count: number, seed: number): string[] {
  const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...keys, "q") }, { weight: 1, arbitrary: hostileValue });
  const pair = fc.tuple(key, hostileValue).map(([k, v]) => `${rawUrlPart(k)}=${rawUrlPart(v)}`);
  const query = fc.oneof(
    { weight: 6, arbitrary: fc.array(pair, { minLength: 1, maxLength: 4 }).map((pairs) => pairs.join("&")) },
    { weight: 1, arbitrary: hostileValue.map(rawUrlPart) },
  );
  return fc.sample(query, { seed, numRuns: count });
}

/** Values for a route parameter such as /article/[id]. */
export function hostilePathParams(count: number, seed: number): string[] {
  return fc.sample(hostileValue.map(rawUrlPart), { seed, numRuns: count }).map((p) => p.replaceAll("/", "%2F").replaceAll("?", "%3F") || "%20");
}
