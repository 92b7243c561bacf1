import type { RegionSummary } from "@/lib/definitions";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Article text is data: everything that reaches tooltip HTML goes through here. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const MAX_SPEAKERS = 5;

/** The HTML of a region's hover tooltip: names, count, who spoke, the latest directive. */
export function regionTooltipHtml(region: RegionSummary | undefined, fallbackName: string): string {
  if (!region) return `<div class="tip"><strong>${escapeHtml(fallbackName)}</strong></div>`;
  const speakers = region.speakers
    .slice(0, MAX_SPEAKERS)
    .map((s) => `<li>${escapeHtml(s.name)}${s.office ? ` <span class="tip-office">${escapeHtml(s.office)}</span>` : ""}</li>`)
    .join("");
  const more = region.speakers.length > MAX_SPEAKERS ? `<li>+${region.speakers.length - MAX_SPEAKERS}</li>` : "";
  const latest = region.latest
    ? `<p class="tip-latest">${region.latest.date ? `${escapeHtml(region.latest.date)} ` : ""}${escapeHtml(region.latest.firstSentence)}</p>`
    : "";
  return [
    `<div class="tip" data-region="${escapeHtml(region.name)}">`,
    `<strong>${escapeHtml(region.name)}</strong> <span class="tip-en">${escapeHtml(region.nameEn)}</span>`,
    `<div class="tip-count">${region.statements} statement${region.statements === 1 ? "" : "s"}${
      region.allStatements !== region.statements ? ` <span class="tip-en">(${region.allStatements} without filters)</span>` : ""
    }</div>`,
    speakers ? `<ul class="tip-speakers">${speakers}${more}</ul>` : "",
    latest,
    "</div>",
  ].join("");
}
