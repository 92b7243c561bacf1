// Regions as readers write them in URLs: the code (henan), the Chinese name (河南 or 河南省), the
// adcode (410000) or the English name (Henan). Browser-safe: no zod here.
import regionsFile from "@/data/regions.json";

const CODE_BY_SPELLING = new Map<string, string>();
for (const r of regionsFile.regions) {
  for (const spelling of [r.code, r.name, r.fullName, r.nameEn.toLowerCase(), r.adcode === null ? null : String(r.adcode)]) {
    if (spelling) CODE_BY_SPELLING.set(spelling, r.code);
  }
}

/** The region code a reader's spelling names, or null when it names none. */
export function regionCodeOf(spelling: string): string | null {
  const key = spelling.trim();
  return CODE_BY_SPELLING.get(key) ?? CODE_BY_SPELLING.get(key.toLowerCase()) ?? null;
}
