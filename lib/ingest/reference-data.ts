import type { ReferenceData } from "@/lib/db/load";
import type { Knowledge } from "@/lib/knowledge";

/** The rows the database keeps of the knowledge files: regions, themes, leaders' posts. */
export function referenceDataFrom(knowledge: Knowledge): ReferenceData {
  return {
    regions: knowledge.regions.map(({ code, adcode, name, fullName, nameEn, kind }) => ({ code, adcode, name, fullName, nameEn, kind })),
    themes: knowledge.themes.map(({ id, zh, en, topic, parent }) => ({ id, zh, en, topic, parent: parent ?? null })),
    posts: knowledge.leaders
      .filter((p) => p.start !== null)
      .map((p) => ({
        name: p.name,
        region: p.region,
        office: p.office,
        role: p.role,
        level: p.level,
        city: p.city,
        start: p.start as string,
        end: p.end,
        source: p.source,
      })),
  };
}
