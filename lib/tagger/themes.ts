import type { TaggerLookup } from "./lookup";

/** Theme ids whose phrases occur in the text, in data/themes.json order. */
export function matchThemes(text: string, lookup: TaggerLookup): string[] {
  const found = new Set<string>();
  for (const m of lookup.themes.scan(text)) for (const id of m.values) found.add(id);
  if (found.size === 0) return [];
  return lookup.knowledge.themes.map((t) => t.id).filter((id) => found.has(id));
}
