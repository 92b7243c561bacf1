// The regions picked for side by side comparison, as they travel in URLs (/compare?regions=a,b).
// Loaded by the map in the browser: no zod here (it probes eval, which the CSP forbids); the
// parameter's schema is in lib/filters.ts.

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export function compareHref(codes: string[]): string {
  return `/compare?regions=${codes.map(encodeURIComponent).join(",")}`;
}
