import { cookies } from "next/headers";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, messagesFor, type Locale, type Messages } from "@/lib/i18n";

/** The reader's interface language, from their cookie. */
export async function requestLocale(): Promise<{ locale: Locale; t: Messages }> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(value) ? value : DEFAULT_LOCALE;
  return { locale, t: messagesFor(locale) };
}
