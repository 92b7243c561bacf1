// Every route of the app, for the tests that must reach all of them (fuzzing, security headers,
// read-only). Add a route here when you add one to app/: `[param]` marks where values are put.
export interface AppRoute {
  /** The route as in app/, e.g. /article/[id]. */
  pattern: string;
  /** A value for the route parameter that exists in the e2e database. */
  example?: string;
  /** Query parameters the route reads. */
  query: string[];
  /** Hostile query strings to send it, when fewer than the default: a route whose answer is costly to make. */
  fuzzQueries?: number;
}

const STATEMENT_FILTERS = ["region", "leader", "level", "theme", "kind", "from", "to"];

export const APP_ROUTES: AppRoute[] = [
  { pattern: "/", query: [...STATEMENT_FILTERS, "mode"] },
  { pattern: "/search", query: ["q", "count", ...STATEMENT_FILTERS] },
  { pattern: "/compare", query: ["regions", ...STATEMENT_FILTERS] },
  { pattern: "/province/[code]", example: "henan", query: STATEMENT_FILTERS },
  { pattern: "/leader/[id]", example: "1", query: ["kind"] },
  { pattern: "/article/[id]", example: "1", query: [] },
  // Statement 10 is a central directive with echoes in the e2e database (the seed loads files in name order).
  { pattern: "/trace/[statementId]", example: "10", query: [] },
  { pattern: "/api/statements", query: [...STATEMENT_FILTERS, "q", "format", "limit"] },
  { pattern: "/api/echoes", query: [...STATEMENT_FILTERS, "q", "format", "limit", "central", "link"] },
  { pattern: "/api/panel", query: [...STATEMENT_FILTERS, "unit", "period", "format"] },
  { pattern: "/api/map.svg", query: [...STATEMENT_FILTERS, "lang"] },
  // The PNG is the SVG figure (fuzzed in full above) rasterised: each answer costs a rendering.
  { pattern: "/api/map.png", query: [...STATEMENT_FILTERS, "lang"], fuzzQueries: 100 },
];

/** The route with its parameter (already URL-encoded) filled in. */
export function routePath(route: AppRoute, encodedParam = route.example ?? ""): string {
  return route.pattern.replace(/\[[^\]]+\]/, encodedParam);
}
