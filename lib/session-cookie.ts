// better-auth's session cookie (with the __Secure- prefix on https).
export const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];

/** Cheap pre-check: does the request carry a session cookie at all? Proves nothing by itself. */
export function hasSessionCookie(headers: Headers): boolean {
  const cookie = headers.get("cookie") ?? "";
  return SESSION_COOKIES.some((name) => cookie.includes(`${name}=`));
}
