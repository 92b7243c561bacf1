// Reprints: the same report carried by several outlets with other headlines, datelines and small
// edits. Candidates come from MinHash signatures of character shingles (bloom-filters' MinHash,
// banded for locality-sensitive hashing), and each candidate pair is verified on the exact shingle
// sets, so a chance collision never groups two stories. Pure functions: texts in, groups out.
import { MinHashFactory, type MinHash } from "bloom-filters";
import * as OpenCC from "opencc-js";

export interface ReprintOptions {
  /** Characters a shingle: long enough that two stories on one meeting share few of them. */
  shingle: number;
  /** LSH bands and rows a band; their product is the number of MinHash functions. */
  bands: number;
  rows: number;
  /** The share of the shorter text's shingles the longer must hold. */
  minContainment: number;
  /** The shorter text's length over the longer's: a long story that quotes a whole report is not its reprint. */
  minLengthRatio: number;
}

export const REPRINT_OPTIONS: ReprintOptions = { shingle: 5, bands: 32, rows: 3, minContainment: 0.8, minLengthRatio: 0.4 };

/**
 * Below this resemblance estimated from the whole signatures, a candidate pair is not checked on its
 * shingles: a reprint of comparable length resembles its original far more (0.3 at the least).
 */
const MIN_ESTIMATE = 0.15;

/**
 * The stories of a band a member is checked against: a band shared by many different stories is
 * boilerplate (a stock phrase, a template). A reprint shares many bands with its original (eleven
 * of 32 on average at a resemblance of 0.7), so it is still met where a band holds few stories,
 * and the cost stays linear in the corpus.
 */
const MAX_STORIES_PER_BAND = 4;

/**
 * One shingle in this many goes into the signature (those whose hash is a multiple of it): the
 * sample's resemblance estimates the whole's, and the MinHash costs a quarter.
 */
const SIGNATURE_SAMPLE = 4;

export interface ArticleText {
  id: number;
  text: string;
}

export interface ReprintGroup {
  /** The article whose statements count for the story: the longest text (the fullest report), then the first loaded. */
  original: number;
  reprints: { id: number; similarity: number }[];
}

/** Characters that carry the report: Han, letters and digits (punctuation and spacing vary between papers). */
const WORD_CHAR = /[\p{Script=Han}\p{L}\p{N}]/u;
/** Pinyin glosses some mirror sites put after characters: 發(fā)布. */
const PINYIN_GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/g;
const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });
const UNKNOWN = -2;
const NOT_A_WORD = -1;
/** Each UTF-16 unit's simplified form, converted once: converting whole texts cost more than the rest together. */
const simplified = new Int32Array(0x10000).fill(UNKNOWN);

function wordCodes(text: string): Int32Array {
  const plain = text.replace(PINYIN_GLOSS, "");
  const codes = new Int32Array(plain.length);
  let length = 0;
  for (let i = 0; i < plain.length; i++) {
    const unit = plain.charCodeAt(i);
    let code = simplified[unit];
    if (code === UNKNOWN) {
      const char = String.fromCharCode(unit);
      // A surrogate half stands for itself: rare characters are the same in both scripts.
      code = /[\ud800-\udfff]/.test(char) ? unit : WORD_CHAR.test(char) ? toSimplified(char).toLowerCase().charCodeAt(0) : NOT_A_WORD;
      simplified[unit] = code;
    }
    if (code !== NOT_A_WORD) codes[length++] = code;
  }
  return codes.subarray(0, length);
}

/** The text's shingles as numbers, each once, in ascending order. */
export function shingleHashes(text: string, size = REPRINT_OPTIONS.shingle): number[] {
  const codes = wordCodes(text);
  const count = Math.max(0, codes.length - size + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let hash = 0x811c9dc5;
    for (let k = i; k < i + size; k++) hash = Math.imul(hash ^ codes[k], 0x01000193);
    hashes[i] = (hash >>> 0) % HASH_RANGE;
  }
  hashes.sort();
  const unique: number[] = [];
  for (let i = 0; i < count; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) unique.push(hashes[i]);
  return unique;
}

/** The share of the smaller set that the larger holds. */
export function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const value of small) if (large.has(value)) shared++;
  return shared / small.size;
}

/**
 * The groups of two or more articles that are one story; an article in none stands alone. Only
 * signatures are kept for every article: shingle sets are made again for the pairs to verify, a
 * few at a time, so a large corpus is never held as shingles.
 */
export function findReprints(articles: readonly ArticleText[], options: ReprintOptions = REPRINT_OPTIONS): ReprintGroup[] {
  const factory = new MinHashFactory(options.bands * options.rows, HASH_RANGE);
  const shingles: Uint32Array[] = [];
  const signatures: MinHash[] = [];
  const buckets = new Map<string, number[]>();
  articles.forEach((article, index) => {
    const hashes = shingleHashes(article.text, options.shingle);
    shingles.push(Uint32Array.from(hashes));
    const minhash = factory.create();
    signatures.push(minhash);
    if (hashes.length === 0) return;
    const sampled = hashes.filter((hash) => hash % SIGNATURE_SAMPLE === 0);
    for (const hash of sampled.length > 0 ? sampled : hashes) minhash.add(hash);
    const signature = minhash._signature;
    for (let band = 0; band < options.bands; band++) {
      const key = `${band}:${signature.slice(band * options.rows, (band + 1) * options.rows).join(",")}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  });

  const parent = articles.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  // Pairs already refuted, as i·n + j: a pair that shares several bands is checked once.
  const refuted = new Set<number>();
  const n = articles.length;
  const verified = (i: number, j: number) => {
    if (!comparableSizes(shingles[i].length, shingles[j].length, options)) return false;
    const pair = i < j ? i * n + j : j * n + i;
    if (refuted.has(pair)) return false;
    const reprint = signatures[i].compareWith(signatures[j]) >= MIN_ESTIMATE && sortedContainment(shingles[i], shingles[j]) >= options.minContainment;
    if (!reprint) refuted.add(pair);
    return reprint;
  };
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    // Each member against one member of each story already met in the bucket: a bucket of a
    // hundred copies of one report costs a hundred checks, not five thousand.
    const stories: number[] = [];
    for (const i of bucket) {
      let joined = false;
      for (const j of stories) {
        if (root(i) === root(j) || verified(i, j)) {
          parent[root(i)] = root(j);
          joined = true;
          break;
        }
      }
      if (!joined && stories.length < MAX_STORIES_PER_BAND) stories.push(i);
    }
  }

  const members = new Map<number, number[]>();
  articles.forEach((_, i) => members.set(root(i), [...(members.get(root(i)) ?? []), i]));
  return [...members.values()]
    .filter((group) => group.length > 1)
    .map((group) => {
      const size = (i: number) => shingles[i].length;
      const original = group.reduce((best, i) => (size(i) > size(best) || (size(i) === size(best) && articles[i].id < articles[best].id) ? i : best));
      return {
        original: articles[original].id,
        reprints: group
          .filter((i) => i !== original)
          .map((i) => ({ id: articles[i].id, similarity: round(sortedContainment(shingles[i], shingles[original])) }))
          .sort((a, b) => a.id - b.id),
      };
    })
    .sort((a, b) => a.original - b.original);
}

function comparableSizes(a: number, b: number, options: ReprintOptions): boolean {
  return Math.min(a, b) / Math.max(a, b, 1) >= options.minLengthRatio;
}

/** containment() over two ascending lists of distinct shingles, by merging them. */
function sortedContainment(a: Uint32Array, b: Uint32Array): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < small.length && j < large.length; ) {
    if (small[i] === large[j]) {
      shared++;
      i++;
      j++;
    } else if (small[i] < large[j]) i++;
    else j++;
  }
  return shared / small.length;
}

/** The verification: most of the shorter text is in the longer, and the two are of comparable length. */
export function isReprint(a: ReadonlySet<number>, b: ReadonlySet<number>, options: ReprintOptions = REPRINT_OPTIONS): boolean {
  return comparableSizes(a.size, b.size, options) && containment(a, b) >= options.minContainment;
}

/** MinHash's hash functions compute a·x + b with x below this: 2^24 keeps the products exact in a double. */
const HASH_RANGE = 2 ** 24;

const round = (n: number) => Math.round(n * 1000) / 1000;
