// better-auth's session cookie (with the __Secure- prefix on https).
export const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];

/** Cheap pre-check on a Cookie header: is a session cookie (by its exact name) there at all? Proves nothing by itself. */
export function cookieHeaderHasSession(cookie: string | null | undefined): boolean {
  if (!cookie) return false;
  for (const part of cookie.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && SESSION_COOKIES.includes(part.slice(0, eq).trim())) return true;
  }
  return false;
}

/** The same check on a request's headers. */
export function hasSessionCookie(headers: Headers): boolean {
  return cookieHeaderHasSession(headers.get("cookie"));
}
