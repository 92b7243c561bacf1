import { LangField } from "@/app/components/AtlasLink";
import { messagesFor, type Locale } from "@/lib/i18n";

/** Directives or all statements (or one other kind), as a GET form: the choice lives in the URL. */
export default function KindSwitch({ kind, action, locale }: { kind: string; action: string; locale: Locale }) {
  const t = messagesFor(locale);
  return (
    <form method="get" action={action} className="kind-switch">
      <LangField />
      <label>
        {t.kindLabel}{" "}
        <select name="kind" defaultValue={kind} data-testid="kind-switch">
          {Object.entries(t.kinds).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>{" "}
      <button type="submit">{t.apply}</button>
    </form>
  );
}
