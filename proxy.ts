import { NextResponse, type NextRequest } from "next/server";
import { isLocale, LANG_PARAM } from "@/lib/i18n";
import { LOCALE_HEADER } from "@/lib/locale-header";

// Next answers a route parameter with broken percent-encoding (/article/%E0%A4%A) with a 500
// while decoding it; such an address is the client's error, so it gets a 400 here first.
export function proxy(request: NextRequest): NextResponse {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request: the address is not valid percent-encoded UTF-8.\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const url = request.nextUrl;
  // A GET form sends every field, empty or not: a page's address keeps only the ones that say something.
  if (!url.pathname.startsWith("/api/") && [...url.searchParams.values()].some((value) => value === "")) {
    const clean = url.clone();
    clean.search = new URLSearchParams([...url.searchParams].filter(([, value]) => value !== "")).toString();
    return NextResponse.redirect(clean, 307);
  }
  // `?lang=` overrides the cookie for this view; the header carries it to app/locale.ts.
  const headers = new Headers(request.headers);
  headers.delete(LOCALE_HEADER);
  const lang = url.searchParams.get(LANG_PARAM);
  if (isLocale(lang)) headers.set(LOCALE_HEADER, lang);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)",
};
