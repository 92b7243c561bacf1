/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
const PALETTE = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"];

/** The key of statements with no speaker. */
export const NO_SPEAKER = "—";

/** One colour per speaker, in order of first appearance. */
export function speakerColours(speakers: (string | null)[]): Map<string, string> {
  const colours = new Map<string, string>();
  for (const name of speakers) {
    const key = name ?? NO_SPEAKER;
    if (!colours.has(key)) colours.set(key, PALETTE[colours.size % PALETTE.length]);
  }
  return colours;
}
