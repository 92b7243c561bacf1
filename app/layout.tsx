import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: "Directive Atlas",
  description: "How China's leaders pass epidemic directives down the hierarchy, on a map.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Directive Atlas <span className="brand-zh">指令地图</span>
          </Link>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
