// A filter value the parser accepts but the data does not know (?theme=nonsense, a leader no
// statement names) would draw a map of zeros; the page says so instead.
import { CAP_TOPICS } from "./topics";

export interface KnownFilterValues {
  themeIds: string[];
  /** Speakers with statements loaded. */
  speakers: string[];
}

/** What is unknown in the filter, as a message naming the parameter; null when every value is known. */
export function unknownFilterValues(filter: { theme?: string; leader?: string }, known: KnownFilterValues): string | null {
  const problems: string[] = [];
  const topic = /^cap-(\d+)$/.exec(filter.theme ?? "");
  if (topic ? !CAP_TOPICS.some((t) => t.code === Number(topic[1])) : filter.theme && !known.themeIds.includes(filter.theme)) {
    problems.push(`theme: there is no theme "${filter.theme}" (pick one from the list, or a CAP major topic such as cap-5)`);
  }
  if (filter.leader && !known.speakers.includes(filter.leader)) {
    problems.push(`leader: no statement by "${filter.leader}" is loaded (names are matched exactly, such as 楼阳生; the field suggests them as you type)`);
  }
  return problems.length > 0 ? problems.join("; ") : null;
}
