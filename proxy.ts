import { NextResponse, type NextRequest } from "next/server";
import { cacheControlFor, NO_STORE } from "@/lib/http-cache";

// better-auth's session cookie (with the __Secure- prefix on https).
const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A first gate only: every admin page, route handler and action checks the session itself.
  if (isAdminPage(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
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
