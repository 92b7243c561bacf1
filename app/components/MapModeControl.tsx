import Link from "@/app/components/AtlasLink";
import { filterQueryString, type StatementFilter } from "@/lib/filters";
import { messagesFor, type Locale } from "@/lib/i18n";
import { DEFAULT_MAP_MODE, MAP_MODES, type MapMode } from "@/lib/map-measure";

/** What the map colours (counts, articles loaded, counts per article): links that keep the filters, so the mode lives in the URL. */
export default function MapModeControl({ mode, filter, locale }: { mode: MapMode; filter: StatementFilter; locale: Locale }) {
  const t = messagesFor(locale);
  const labels = t.mapModes(filter.kind);
  return (
    <nav className="map-mode" aria-label={t.mapMode} data-testid="map-mode">
      <span className="statement-meta">{t.mapMode}:</span>{" "}
      {MAP_MODES.map((m) => {
        const query = filterQueryString(filter, m === DEFAULT_MAP_MODE ? {} : { mode: m });
        return (
          <Link key={m} href={query ? `/?${query}` : "/"} aria-current={m === mode ? "true" : undefined} className="map-mode-option" data-mode={m}>
            {labels[m]}
          </Link>
        );
      })}
    </nav>
  );
}
