"use client";

import { useEffect, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { messagesFor, type Locale } from "@/lib/i18n";
import { periodHref } from "@/lib/period";

/** How long each year stays on screen while playing, once drawn. */
const STEP_MS = 1200;

/**
 * The map's time slider: one step per year, "All years", and play, which steps from the first year
 * (or the one shown) to the last and stops. The period travels in the URL as the from/to filters,
 * so the server redraws the map and the central panel for it.
 */
export default function PeriodControl({ years, year, query, locale }: { years: number[]; year: number | null; query: string; locale: Locale }) {
  const router = useRouter();
  const t = messagesFor(locale);
  const [playing, setPlaying] = useState(false);
  const [loading, startTransition] = useTransition();
  const last = years[years.length - 1];
  const show = (next: number | null) => startTransition(() => router.push(periodHref("/", query, next), { scroll: false }));

  // While playing, each step waits for the last one to be drawn, then shows the next year or stops.
  useEffect(() => {
    if (!playing || loading) return;
    const timer = setTimeout(() => {
      if (year === last) setPlaying(false);
      else show(year === null ? years[0] : year + 1);
    }, STEP_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `show` is rebuilt each render; the step depends on the year shown
  }, [playing, loading, year, last]);

  return (
    <div className="period-control" role="group" aria-label={t.period} data-testid="period-control" data-year={year ?? "all"} aria-busy={loading}>
      <button
        type="button"
        className="play-button"
        data-testid="period-play"
        aria-pressed={playing}
        onClick={() => {
          if (playing) return setPlaying(false);
          if (year === null || year === last) show(years[0]);
          setPlaying(true);
        }}
      >
        {playing ? `❚❚ ${t.pause}` : `▶ ${t.play}`}
      </button>
      <button type="button" className="period-step" aria-pressed={year === null} onClick={() => show(null)}>
        {t.allYears}
      </button>
      {years.map((y) => (
        <button key={y} type="button" className="period-step" aria-pressed={year === y} data-testid="period-year" onClick={() => show(y)}>
          {y}
        </button>
      ))}
    </div>
  );
}
