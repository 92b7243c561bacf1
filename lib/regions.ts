// Regions as readers write them in URLs: the code (henan), the Chinese name (河南 or 河南省) or the
// adcode (410000). Codes are lower case: /province/HENAN is not a page. Browser-safe: no zod here.
import regionsFile from "@/data/regions.json";

const CODE_BY_SPELLING = new Map<string, string>();
for (const r of regionsFile.regions) {
  for (const spelling of [r.code, r.name, r.fullName, r.adcode === null ? null : String(r.adcode)]) {
    if (spelling) CODE_BY_SPELLING.set(spelling, r.code);
  }
}

/** The region code a reader's spelling names, or null when it names none. */
export function regionCodeOf(spelling: string): string | null {
  return CODE_BY_SPELLING.get(spelling.trim()) ?? null;
}
