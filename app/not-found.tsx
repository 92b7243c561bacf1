import Link from "@/app/components/AtlasLink";
import { requestLocale } from "./locale";

export default async function NotFound() {
  const { t } = await requestLocale();
  return (
    <section className="panel">
      <h1>{t.notFoundTitle}</h1>
      <p>
        {t.notFoundText} <Link href="/">{t.backToMap}</Link>
      </p>
    </section>
  );
}
