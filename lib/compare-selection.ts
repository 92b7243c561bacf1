// The regions picked for side by side comparison, as they travel in URLs (/compare?regions=a,b).
import { z } from "zod";
import regionsFile from "@/data/regions.json";

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

const REGION_CODES = new Set(regionsFile.regions.map((r) => r.code));

export function compareHref(codes: string[]): string {
  return `/compare?regions=${codes.map(encodeURIComponent).join(",")}`;
}

/** `regions=henan,jiangsu,central`: known codes, no repeats, at most four. Fewer than two is allowed (the page asks for more). */
export const compareSelectionSchema = z.strictObject({
  regions: z
    .string()
    .max(200)
    .optional()
    .transform((value) => (value ? value.split(",").map((code) => code.trim()).filter(Boolean) : []))
    .pipe(
      z
        .array(z.string().refine((code) => REGION_CODES.has(code), { error: (issue) => `unknown region "${String(issue.input).slice(0, 40)}"` }))
        .max(MAX_COMPARED, `compare at most ${MAX_COMPARED} regions`)
        .refine((codes) => new Set(codes).size === codes.length, "a region is listed twice"),
    ),
});
