// Page weight of the production build, read from what a browser is served: the scripts each
// route's HTML loads, gzipped, and the map's hover behaviour in Chromium.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

export interface RouteWeight {
  route: string;
  scripts: number;
  gzipBytes: number;
}

export function hasProductionBuild(root = process.cwd()): boolean {
  return existsSync(path.join(root, ".next", "BUILD_ID"));
}

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Starts `next start` on the build against a database; resolves once it answers. */
export async function startServer(port: number, databaseUrl: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "ignore",
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill();
  throw new Error(`next start did not answer on port ${port} within 60 s`);
}

/** Gzipped bytes of the build's scripts at these URL paths (/_next/static/...). */
export function scriptsGzipBytes(sources: Iterable<string>, root = process.cwd()): number {
  let bytes = 0;
  for (const src of sources) {
    const relative = decodeURIComponent(src.replace(/^\/_next\//, "").split("?")[0]);
    bytes += gzipSize(path.join(root, ".next", relative));
  }
  return bytes;
}

/** First-load JS as Next counts it: the scripts the route's HTML loads, gzipped; lazy chunks come after. */
export async function routeWeight(baseUrl: string, route: string, root = process.cwd()): Promise<RouteWeight> {
  const html = await (await fetch(baseUrl + route)).text();
  const sources = new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]));
  return { route, scripts: sources.size, gzipBytes: scriptsGzipBytes(sources, root) };
}

export interface HoverCheck {
  regionsHovered: number;
  tooltipsShown: number;
  requestsDuringHover: number;
  renderFinishedMs: number;
  /** Every script the page fetched until the map had rendered, lazy chunks included. */
  scriptsUntilRendered: string[];
}

/** Opens the map in Chromium, waits for the render-finished marker, hovers regions and counts requests. */
export async function checkHover(baseUrl: string, regions: string[]): Promise<HoverCheck> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const scripts = new Set<string>();
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.add(new URL(request.url()).pathname);
    });
    const started = Date.now();
    await page.goto(baseUrl + "/");
    const map = page.getByTestId("china-map");
    await map.and(page.locator('[data-render-finished="true"]')).waitFor({ timeout: 60_000 });
    const renderFinishedMs = Date.now() - started;
    const scriptsUntilRendered = [...scripts];
    await page.waitForLoadState("networkidle");
    const box = (await map.boundingBox())!;
    const points = JSON.parse((await map.getAttribute("data-region-points")) ?? "{}") as Record<string, [number, number]>;
    let requestsDuringHover = 0;
    page.on("request", () => requestsDuringHover++);
    let tooltipsShown = 0;
    for (const name of regions) {
      const point = points[name];
      if (!point) continue;
      await page.mouse.move(box.x + point[0], box.y + point[1]);
      const shown = await page
        .locator(`.map-tooltip [data-region="${name}"]`)
        .waitFor({ timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
      if (shown) tooltipsShown++;
    }
    return { regionsHovered: regions.length, tooltipsShown, requestsDuringHover, renderFinishedMs, scriptsUntilRendered };
  } finally {
    await browser.close();
  }
}
