// Editors' accounts and sessions: the public face for app/ and components/.
// proxy.ts reads the session cookie from ./session-cookie directly, to keep
// the auth stack (better-auth, the database) out of the proxy.
export { getAuth } from "./better-auth";
export { MIN_PASSWORD_LENGTH } from "./credentials";
export { loginClientAddress, throttledLogin, type LoginResult } from "./login";
export { getCurrentUser, requireUser, userForRequest, type CurrentUser, type Role } from "./session";
export { isActiveAccount } from "./users";
