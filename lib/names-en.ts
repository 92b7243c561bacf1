// Leaders' names and offices for English readers: names romanised in pinyin, surname first
// (楼阳生 → Lou Yangsheng), offices from data/office-titles.json. Server-side only: the
// romanisation dictionary stays out of the browser's JavaScript.
import { pinyin } from "pinyin-pro";
import officeTitles from "@/data/office-titles.json";
import offices from "@/data/offices.json";
import type { Locale } from "./i18n";

const TITLE_BY_OFFICE = new Map(officeTitles.titles.map((t) => [t.zh, t.en]));
const COMPOUND_SURNAMES = offices.compoundSurnames;

const capitalise = (syllable: string) => syllable.charAt(0).toUpperCase() + syllable.slice(1);

/** Syllables written as one word, with an apostrophe before a, o or e after the first (Xi'an). */
function joinSyllables(syllables: string[]): string {
  return capitalise(syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join(""));
}

/** A Chinese personal name in pinyin, surname first; each part of a name written with · in turn. */
export function romanisedName(name: string): string {
  return name
    .split(/[·•・]/)
    .map((part) => {
      const syllables = pinyin(part, { toneType: "none", type: "array", surname: "head" });
      const surnameLength = COMPOUND_SURNAMES.some((s) => part.startsWith(s)) ? 2 : 1;
      if (name.includes("·") || syllables.length <= surnameLength) return joinSyllables(syllables);
      return `${joinSyllables(syllables.slice(0, surnameLength))} ${joinSyllables(syllables.slice(surnameLength))}`;
    })
    .join(" ");
}

/** A leader's name in the reader's language: pinyin in English, the Chinese otherwise. */
export function personName(locale: Locale, name: string): string {
  return locale === "en" ? romanisedName(name) : name;
}

/** An office in the reader's language; one without an English title stays in Chinese. */
export function officeTitle(locale: Locale, office: string): string {
  return locale === "en" ? (TITLE_BY_OFFICE.get(office) ?? office) : office;
}
