"use client";

import { useRouter } from "next/navigation";
import { LANG_PARAM, LOCALE_COOKIE, messagesFor, type Locale } from "@/lib/i18n";

const ONE_YEAR = 60 * 60 * 24 * 365;

export default function LanguageToggle({ locale }: { locale: Locale }) {
  const router = useRouter();
  const other: Locale = locale === "en" ? "zh" : "en";
  const t = messagesFor(locale);
  return (
    <button
      type="button"
      className="language-toggle"
      lang={other === "zh" ? "zh-CN" : "en"}
      aria-label={t.switchLanguageLabel}
      onClick={() => {
        document.cookie = `${LOCALE_COOKIE}=${other}; path=/; max-age=${ONE_YEAR}; samesite=lax`;
        // A view asked for in one language (?lang=) switches its address too: the address wins over the cookie.
        const url = new URL(window.location.href);
        if (url.searchParams.has(LANG_PARAM)) {
          url.searchParams.set(LANG_PARAM, other);
          router.replace(`${url.pathname}${url.search}${url.hash}`);
        } else router.refresh();
      }}
    >
      {t.switchLanguage}
    </button>
  );
}
