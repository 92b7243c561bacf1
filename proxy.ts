import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security-headers.mjs";

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
  // API answers run no script: they keep next.config.mjs's policy, which allows no inline script.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  // A fresh nonce per page: Next reads it from the request's policy and puts it on its inline scripts.
  const policy = contentSecurityPolicy(Buffer.from(crypto.randomUUID()).toString("base64"));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: "/((?!_next/static|_next/image|favicon.ico).*)",
};
