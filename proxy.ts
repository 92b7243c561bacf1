import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security-headers.mjs";
import { isLocale, LANG_PARAM } from "@/lib/i18n";
import { LOCALE_HEADER } from "@/lib/locale-header";

export function proxy(request: NextRequest): NextResponse {
  // Next answers a route parameter with broken percent-encoding (/article/%E0%A4%A) with a 500
  // while decoding it; such an address is the client's error, so it gets a 400 here first.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request: the address is not valid percent-encoded UTF-8.\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const url = request.nextUrl;
  // API answers run no script: they keep next.config.mjs's policy, which allows no inline script.
  if (url.pathname.startsWith("/api/")) return NextResponse.next();
  // A GET form sends every field, empty or not: a page's address keeps only the ones that say something.
  if ([...url.searchParams.values()].some((value) => value === "")) {
    const clean = url.clone();
    clean.search = new URLSearchParams([...url.searchParams].filter(([, value]) => value !== "")).toString();
    return NextResponse.redirect(clean, 307);
  }
  // A fresh nonce per page: Next reads it from the request's policy and puts it on its inline scripts.
  const policy = contentSecurityPolicy(Buffer.from(crypto.randomUUID()).toString("base64"));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  // `?lang=` overrides the cookie for this view; the header carries it to app/locale.ts.
  requestHeaders.delete(LOCALE_HEADER);
  const lang = url.searchParams.get(LANG_PARAM);
  if (isLocale(lang)) requestHeaders.set(LOCALE_HEADER, lang);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)",
};
