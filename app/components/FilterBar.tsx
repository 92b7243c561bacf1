import Link, { LangField } from "@/app/components/AtlasLink";
import type { ThemeOption } from "@/lib/db/queries";
import type { SearchFilter } from "@/lib/filters";
import { localName, messagesFor, type Locale } from "@/lib/i18n";
import { CAP_TOPICS, topicName } from "@/lib/topics";

/** The themes under each CAP major topic, broad themes before their own (the epidemic, then testing...). */
function themesByTopic(themes: ThemeOption[]): { code: number; themes: ThemeOption[] }[] {
  const ordered = themes
    .filter((t) => !t.parentId)
    .flatMap((broad) => [broad, ...themes.filter((t) => t.parentId === broad.id)]);
  return CAP_TOPICS.map((topic) => ({ code: topic.code, themes: ordered.filter((t) => t.topic === topic.code) })).filter((g) => g.themes.length > 0);
}

/**
 * A plain GET form: the filters live in the URL, so a view can be shared and reloaded.
 * `action` is the page the form reloads; `q`, when given, keeps a search's words.
 */
export default function FilterBar({
  filter,
  themes,
  locale,
  action = "/",
  clearHref = action,
  leaders,
  children,
}: {
  filter: Partial<SearchFilter>;
  themes: ThemeOption[];
  locale: Locale;
  action?: string;
  /** Where "Clear" goes: by default the page with no filters. */
  clearHref?: string;
  /** Names the leader field suggests as you type: the speakers loaded. */
  leaders?: string[];
  /** Fields of the page's own, placed first (the comparison's region pickers). */
  children?: React.ReactNode;
}) {
  const t = messagesFor(locale);
  return (
    <>
    {/* On a phone the filters fold behind one control (globals.css); a checkbox needs no script. */}
    <input type="checkbox" id="filters-open" className="filters-toggle" />
    <label htmlFor="filters-open" className="filters-toggle-label" data-testid="filters-toggle">
      {t.filtersToggle}
    </label>
    <form className="filter-bar" method="get" action={action} aria-label={t.filters}>
      <LangField />
      {children}
      {filter.q !== undefined ? (
        <label>
          {t.searchButton}
          <input name="q" type="search" defaultValue={filter.q} maxLength={100} />
        </label>
      ) : null}
      <label>
        {t.theme}
        <select name="theme" defaultValue={filter.theme ?? ""}>
          <option value="">{t.allThemes}</option>
          {themesByTopic(themes).map((group) => (
            <optgroup key={group.code} label={topicName(group.code, locale)}>
              <option value={`cap-${group.code}`}>{t.allOfTopic(topicName(group.code, locale))}</option>
              {group.themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.parentId ? "\u2003" : ""}
                  {localName(locale, theme)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        {t.kindLabel}
        <select name="kind" defaultValue={filter.kind ?? "directive"} data-testid="kind-switch">
          {Object.entries(t.kinds).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.level}
        <select name="level" defaultValue={filter.level ?? ""}>
          <option value="">{t.allLevels}</option>
          {Object.entries(t.levels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.leader}
        <input name="leader" defaultValue={filter.leader ?? ""} placeholder={t.leaderExample} maxLength={20} list={leaders ? "leader-names" : undefined} autoComplete="off" />
      </label>
      {leaders ? (
        <datalist id="leader-names" aria-label={t.leaderSuggestions} data-testid="leader-names">
          {leaders.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      ) : null}
      <label>
        {t.from}
        <input type="date" name="from" defaultValue={filter.from ?? ""} />
      </label>
      <label>
        {t.to}
        <input type="date" name="to" defaultValue={filter.to ?? ""} />
      </label>
      <button type="submit">{t.apply}</button>
      <Link href={filter.q ? `${action}?q=${encodeURIComponent(filter.q)}` : clearHref}>{t.clear}</Link>
    </form>
    </>
  );
}
