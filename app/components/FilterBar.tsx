import Link from "next/link";
import type { StatementFilter } from "@/lib/filters";

interface ThemeOption {
  id: string;
  nameZh: string;
  nameEn: string;
}

/** A plain GET form: the filters live in the URL, so a view can be shared and reloaded. */
export default function FilterBar({ filter, themes }: { filter: Partial<StatementFilter>; themes: ThemeOption[] }) {
  return (
    <form className="filter-bar" method="get" action="/" aria-label="Filters">
      <label>
        Theme
        <select name="theme" defaultValue={filter.theme ?? ""}>
          <option value="">All themes</option>
          {themes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.nameZh} {t.nameEn}
            </option>
          ))}
        </select>
      </label>
      <label>
        Level
        <select name="level" defaultValue={filter.level ?? ""}>
          <option value="">All levels</option>
          <option value="central">Central 中央</option>
          <option value="provincial">Provincial 省级</option>
          <option value="municipal">Municipal 市级</option>
        </select>
      </label>
      <label>
        Leader
        <input name="leader" defaultValue={filter.leader ?? ""} placeholder="e.g. 楼阳生" maxLength={20} />
      </label>
      <label>
        From
        <input type="date" name="from" defaultValue={filter.from ?? ""} />
      </label>
      <label>
        To
        <input type="date" name="to" defaultValue={filter.to ?? ""} />
      </label>
      <button type="submit">Apply</button>
      <Link href="/">Clear</Link>
    </form>
  );
}
