import { personName } from "@/lib/names-en";
import type { Locale } from "@/lib/i18n";

/** A leader's name: in English the pinyin, then the characters a researcher searches by. */
export default function PersonName({ name, locale }: { name: string; locale: Locale }) {
  if (locale === "zh") return <span className="person-name">{name}</span>;
  return (
    <span className="person-name">
      {personName(locale, name)}{" "}
      <span className="name-zh" lang="zh">
        {name}
      </span>
    </span>
  );
}
