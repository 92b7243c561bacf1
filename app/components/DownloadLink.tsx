import type { SearchFilter } from "@/lib/filters";
import { filterQueryString } from "@/lib/filters";
import { messagesFor, type Locale } from "@/lib/i18n";

/** Downloads, as CSV, the statements a page shows: the same filters sent to the statements API. */
export default function DownloadLink({ filter, locale }: { filter: Partial<SearchFilter>; locale: Locale }) {
  const href = `/api/statements?${filterQueryString(filter, { format: "csv", limit: "10000" })}`;
  return (
    <a className="download-link" href={href} download data-testid="download-csv">
      {messagesFor(locale).download}
    </a>
  );
}
