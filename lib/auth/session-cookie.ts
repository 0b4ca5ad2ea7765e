// better-auth's session cookie (with the __Secure- prefix on https).
export const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];

/** Whether a Cookie header carries a cookie of one of these exact names (values are not looked at). */
export function cookieHeaderHas(cookie: string | null | undefined, names: readonly string[]): boolean {
  if (!cookie) return false;
  for (const part of cookie.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && names.includes(part.slice(0, eq).trim())) return true;
  }
  return false;
}

/** Cheap pre-check on a Cookie header: is a session cookie (by its exact name) there at all? Proves nothing by itself. */
export function cookieHeaderHasSession(cookie: string | null | undefined): boolean {
  return cookieHeaderHas(cookie, SESSION_COOKIES);
}

/** The same check on a request's headers. */
export function hasSessionCookie(headers: Headers): boolean {
  return cookieHeaderHasSession(headers.get("cookie"));
}
