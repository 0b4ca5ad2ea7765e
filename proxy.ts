import { NextResponse, type NextRequest } from "next/server";
import { cacheControlFor, NO_STORE } from "@/lib/http-cache";

export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  // Draft-mode previews are personal: never let a shared cache keep them.
  const cacheControl = request.cookies.has("__prerender_bypass")
    ? NO_STORE
    : cacheControlFor(request.method, request.nextUrl.pathname);
  // Next.js keeps a Cache-Control header that is already set on the response.
  if (cacheControl) response.headers.set("Cache-Control", cacheControl);
  return response;
}

export const config = {
  // Everything but build assets and files from public/.
  matcher: ["/((?!_next/static|_next/image|images/|favicon\\.ico).*)"],
};
