import type { RegionSummary } from "@/lib/definitions";
import { localName, messagesFor, type Locale } from "@/lib/i18n";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Article text is data: everything that reaches tooltip HTML goes through here. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const MAX_SPEAKERS = 5;

export interface TooltipOptions {
  locale: Locale;
  /** Picked for the comparison already (shift-click removes it). */
  selected?: boolean;
  /** On a touch screen a tap shows the tooltip: it then carries a link that opens the region. */
  openHref?: string;
}

/** The HTML of a region's hover tooltip: names, count, top themes, who spoke, the latest directive, actions. */
export function regionTooltipHtml(region: RegionSummary | undefined, fallbackName: string, options: TooltipOptions): string {
  if (!region) return `<div class="tip"><strong>${escapeHtml(fallbackName)}</strong></div>`;
  const t = messagesFor(options.locale);
  const speakers = region.speakers
    .slice(0, MAX_SPEAKERS)
    .map((s) => `<li>${escapeHtml(s.name)}${s.office ? ` <span class="tip-office">${escapeHtml(s.office)}</span>` : ""}</li>`)
    .join("");
  const more = region.speakers.length > MAX_SPEAKERS ? `<li>+${region.speakers.length - MAX_SPEAKERS}</li>` : "";
  const themes = region.topThemes.map((theme) => `${escapeHtml(localName(options.locale, theme))} (${theme.statements})`).join(" · ");
  const latest = region.latest
    ? `<p class="tip-latest">${region.latest.date ? `${escapeHtml(region.latest.date)} ` : ""}${escapeHtml(region.latest.firstSentence)}</p>`
    : "";
  const primary = localName(options.locale, region);
  const secondary = options.locale === "zh" ? region.nameEn : region.name;
  return [
    `<div class="tip" data-region="${escapeHtml(region.name)}">`,
    `<strong>${escapeHtml(primary)}</strong> <span class="tip-en">${escapeHtml(secondary)}</span>`,
    `<div class="tip-count">${escapeHtml(t.statementCount(region.statements))}${
      region.allStatements !== region.statements ? ` <span class="tip-en">${escapeHtml(t.withoutFilters(region.allStatements))}</span>` : ""
    }</div>`,
    themes ? `<div class="tip-themes"><span class="tip-en">${escapeHtml(t.topThemes)}:</span> ${themes}</div>` : "",
    speakers ? `<ul class="tip-speakers">${speakers}${more}</ul>` : "",
    latest,
    // The tooltip follows the pointer and takes no clicks (an enterable one covered the regions next
    // to it): it says what a click does.
    options.openHref
      ? `<a class="tip-open" href="${escapeHtml(options.openHref)}">${escapeHtml(t.openRegion(primary))}</a>`
      : `<div class="tip-actions">${escapeHtml(t.tooltipActions(options.selected ?? false))}</div>`,
    "</div>",
  ].join("");
}
