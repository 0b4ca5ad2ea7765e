import { NextResponse, type NextRequest } from "next/server";
import { cacheControlFor, NO_STORE } from "@/lib/http/cache-control";
import { hasSessionCookie } from "@/lib/auth/session-cookie";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A first gate only: every admin page, route handler and action checks the session itself.
  if (isAdminPage(pathname) && !hasSessionCookie(request.headers)) {
    const login = new URL("/admin/login", request.url);
    const response = NextResponse.redirect(login, 307);
    response.headers.set("Cache-Control", NO_STORE);
    return response;
  }
  const response = NextResponse.next();
  // Draft-mode previews are personal: never let a shared cache keep them.
  const cacheControl = request.cookies.has("__prerender_bypass") ? NO_STORE : cacheControlFor(request.method, pathname);
  // Next.js keeps a Cache-Control header that is already set on the response.
  if (cacheControl) response.headers.set("Cache-Control", cacheControl);
  return response;
}

function isAdminPage(pathname: string): boolean {
  return (pathname === "/admin" || pathname.startsWith("/admin/")) && pathname !== "/admin/login";
}

export const config = {
  // Everything but build assets and files from public/.
  matcher: ["/((?!_next/static|_next/image|images/|favicon\\.ico).*)"],
};
