import { NextResponse, type NextRequest } from "next/server";

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
  return NextResponse.next();
}

export const config = {
  matcher: "/((?!_next/static|_next/image|favicon.ico).*)",
};
