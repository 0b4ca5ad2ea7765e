import { NextResponse, type NextRequest } from "next/server";
import { cacheControlFor, NO_STORE } from "@/lib/http/cache-control";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { mostReadRedirect } from "@/lib/popularity/rank";
import { canonicalSearchHref } from "@/lib/search/query";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A first gate only: every admin page, route handler and action checks the session itself.
  if (isAdminPage(pathname) && !hasSessionCookie(request.headers)) {
    const login = new URL("/admin/login", request.url);
    const response = NextResponse.redirect(login, 307);
    response.headers.set("Cache-Control", NO_STORE);
    return response;
  }
  // The most-read window is no longer a query parameter (the page carries every window): old links go to the list.
  const movedTo = request.method === "GET" || request.method === "HEAD" ? (mostReadRedirect(request.nextUrl) ?? searchRedirect(request.nextUrl)) : null;
  if (movedTo) return NextResponse.redirect(new URL(movedTo, request.url), 308);
  const response = NextResponse.next();
  const cacheControl = cacheControlFor(request.method, pathname);
  // Next.js keeps a Cache-Control header that is already set on the response.
  if (cacheControl) response.headers.set("Cache-Control", cacheControl);
  return response;
}

/** A search whose URL is not its canonical form (lib/search/query.ts): the canonical URL, else null. */
function searchRedirect(url: NextRequest["nextUrl"]): string | null {
  if (url.pathname !== "/suche") return null;
  const canonical = canonicalSearchHref(url.searchParams);
  return canonical === `${url.pathname}${url.search}` ? null : canonical;
}

function isAdminPage(pathname: string): boolean {
  return (pathname === "/admin" || pathname.startsWith("/admin/")) && pathname !== "/admin/login";
}

export const config = {
  // Everything but build assets, files from public/ and pictures. The upload
  // (/api/bilder) stays out too: with a proxy, Next buffers a request body and
  // cuts it at 10 MB without an error; the route checks the session itself.
  matcher: ["/((?!_next/static|_next/image|images/|bilder/|api/bilder|favicon\\.ico).*)"],
};
