import type { Metadata, Viewport } from "next";
import Link, { LangField } from "@/app/components/AtlasLink";
import { requestLocale } from "./locale";
import LanguageToggle from "./components/LanguageToggle";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: { template: `%s · ${t.siteName}`, default: t.siteName }, description: t.brandTagline };
}

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
            <Link href="/data">{t.navData}</Link>
          </nav>
          <form className="site-search" method="get" action="/search" role="search">
            <LangField />
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
