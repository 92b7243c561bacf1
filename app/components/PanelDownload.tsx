import { filterQueryString, type StatementFilter } from "@/lib/filters";
import { messagesFor, type Locale } from "@/lib/i18n";
import { PANEL_PERIODS } from "@/lib/db/panel";

/** Downloads the panel dataset (one row per province and period, docs/codebook-panel.md) under the view's filters, as CSV. */
export default function PanelDownload({ filter, locale }: { filter: Partial<StatementFilter>; locale: Locale }) {
  const t = messagesFor(locale);
  return (
    <span className="panel-download" data-testid="panel-download">
      {t.panelDownload}:{" "}
      {PANEL_PERIODS.map((period, i) => (
        <span key={period}>
          {i > 0 ? " · " : ""}
          <a className="download-link" href={`/api/panel?${filterQueryString(filter, { unit: "province", period, format: "csv" })}`} download data-period={period}>
            {t.panelPeriods[period]}
          </a>
        </span>
      ))}
    </span>
  );
}
