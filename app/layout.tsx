import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { requestLocale } from "./locale";
import LanguageToggle from "./components/LanguageToggle";
import "./globals.css";

export const metadata: Metadata = {
  title: "Directive Atlas",
  description: "How China's leaders pass epidemic directives down the hierarchy, on a map.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, t } = await requestLocale();
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Directive Atlas <span className="brand-zh">指令地图</span>
          </Link>
          <nav className="site-nav" aria-label="Site">
            <Link href="/">{t.navMap}</Link>
            <Link href="/compare">{t.navCompare}</Link>
          </nav>
          <form className="site-search" method="get" action="/search" role="search">
            <input type="search" name="q" aria-label={t.searchLabel} placeholder={t.searchPlaceholder} maxLength={100} required />
            <button type="submit">{t.searchButton}</button>
          </form>
          <LanguageToggle locale={locale} />
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
