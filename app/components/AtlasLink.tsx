import Link from "next/link";
import { withLang } from "@/lib/i18n";
import { requestLocale } from "@/app/locale";

/** A link within the atlas that keeps the view's `?lang=`. */
export default async function AtlasLink({ href, ...props }: Omit<React.ComponentProps<typeof Link>, "href"> & { href: string }) {
  const { asked } = await requestLocale();
  return <Link href={withLang(href, asked)} {...props} />;
}

/** A GET form's hidden `lang` field, so the page it loads keeps the view's language. */
export async function LangField() {
  const { asked } = await requestLocale();
  return asked ? <input type="hidden" name="lang" value={asked} /> : null;
}
