import { cookies, headers } from "next/headers";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, messagesFor, type Locale, type Messages } from "@/lib/i18n";
import { LOCALE_HEADER } from "@/lib/locale-header";

/**
 * The reader's interface language: the view's `?lang=` (set aside by proxy.ts) over their cookie.
 * `asked` is the `?lang=` itself, which the view's links keep.
 */
export async function requestLocale(): Promise<{ locale: Locale; t: Messages; asked: Locale | null }> {
  const fromUrl = (await headers()).get(LOCALE_HEADER);
  const asked = isLocale(fromUrl) ? fromUrl : null;
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = asked ?? (isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE);
  return { locale, t: messagesFor(locale), asked };
}
