"use client";

import { messagesFor } from "@/lib/i18n";

// Rendered in place of a page whose server code threw. The details stay in the server log; the
// reader sees what to do next, in both languages (the cookie is not readable here).
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="panel" role="alert">
      {(["en", "zh"] as const).map((locale) => {
        const t = messagesFor(locale);
        return (
          <div key={locale} lang={locale === "zh" ? "zh-CN" : "en"}>
            <h1>{t.errorTitle}</h1>
            <p>{t.errorText}</p>
          </div>
        );
      })}
      <button type="button" onClick={reset}>
        {messagesFor("en").tryAgain} · {messagesFor("zh").tryAgain}
      </button>
    </section>
  );
}
