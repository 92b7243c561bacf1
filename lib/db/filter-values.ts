// What the kind and theme filters select, read the same way by the Prisma, SQL and tally queries.

/** The kind a filter selects, or undefined for every kind. */
export function selectedKind(kind: string | undefined): string | undefined {
  return kind === "all" ? undefined : kind;
}

/** The CAP major topic a theme filter names ("cap-5" → 5), or null for a theme id. */
export function topicOfThemeFilter(theme: string | undefined): number | null {
  const m = /^cap-(\d+)$/.exec(theme ?? "");
  return m ? Number(m[1]) : null;
}
