// The map's period as the from/to filters: a calendar year, or no dates for every year.

/** The year a from/to pair spans exactly, or null when it is not one whole year. */
export function yearOfPeriod(from: string | undefined, to: string | undefined): number | null {
  const year = from?.match(/^(\d{4})-01-01$/)?.[1];
  return year && to === `${year}-12-31` ? Number(year) : null;
}

/** Every year from the first dated statement's to the last's, so the steps are evenly spaced. */
export function yearSteps(first: string | null, last: string | null): number[] {
  const from = Number(first?.slice(0, 4));
  const to = Number(last?.slice(0, 4));
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to || first === null) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** `path` with the other filters (`query`, from/to left out) and a year's from/to, or none for every year. */
export function periodHref(path: string, query: string, year: number | null): string {
  const params = new URLSearchParams(query);
  params.delete("from");
  params.delete("to");
  if (year !== null) {
    params.set("from", `${year}-01-01`);
    params.set("to", `${year}-12-31`);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export interface MultiplePeriod {
  /** "2022", or "2022 H1" for a half-year. */
  label: string;
  from: string;
  to: string;
}

/**
 * The panels of the small multiples: one per year from the first dated statement's to the last's,
 * or per half-year when they all fall in one year; each cut to the filters' from/to, and those
 * the filters leave out dropped.
 */
export function multiplePeriods(first: string | null, last: string | null, from?: string, to?: string): MultiplePeriod[] {
  const years = yearSteps(from && first && from > first ? from : first, to && last && to < last ? to : last);
  const whole = years.map((y) => ({ label: String(y), from: `${y}-01-01`, to: `${y}-12-31` }));
  const periods =
    years.length === 1
      ? [
          { label: `${years[0]} H1`, from: `${years[0]}-01-01`, to: `${years[0]}-06-30` },
          { label: `${years[0]} H2`, from: `${years[0]}-07-01`, to: `${years[0]}-12-31` },
        ]
      : whole;
  return periods
    .map((p) => ({ ...p, from: from && from > p.from ? from : p.from, to: to && to < p.to ? to : p.to }))
    .filter((p) => p.from <= p.to);
}
