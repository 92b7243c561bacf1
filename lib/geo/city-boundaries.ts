// The prefecture-level boundaries of one province (data/geo/cities/, built by
// scripts/build-city-boundaries.mjs), read when its page is drawn so no other page carries them.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface CityFeature {
  type: "Feature";
  properties: { adcode: number; name: string; fullName: string; cp: [number, number] };
  geometry: unknown;
}

export interface CityBoundaries {
  type: "FeatureCollection";
  features: CityFeature[];
}

const CITIES_DIR = path.join(process.cwd(), "data", "geo", "cities");

/** A province's prefectures, or null for a region without them (a municipality, 香港, the centre). */
export function cityBoundaries(regionCode: string): CityBoundaries | null {
  if (!/^[a-z][a-z-]*$/.test(regionCode)) return null;
  try {
    return JSON.parse(readFileSync(path.join(CITIES_DIR, `${regionCode}.json`), "utf8")) as CityBoundaries;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new Error(`data/geo/cities/${regionCode}.json: ${(error as Error).message}`);
  }
}
