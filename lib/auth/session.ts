import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "./better-auth";
import { keepSessionAlive } from "./session-policy";

export type Role = "ADMIN" | "EDITOR" | "AUTHOR";
export type CurrentUser = { id: string; name: string; email: string; role: Role };

/** The logged-in, active editor for this request, or null. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return userForRequest(await headers());
}

/**
 * The editor whose session cookie these request headers carry, or null: no
 * session, an expired one (absolute lifetime), one idle for too long (it is
 * ended), or a deactivated account.
 */
export async function userForRequest(requestHeaders: Headers): Promise<CurrentUser | null> {
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session || !(await keepSessionAlive(session.session))) return null;
  const user = session?.user as (Record<string, unknown> & { id: string; name: string; email: string }) | undefined;
  if (!user || user.active === false) return null;
  const role = user.role === "ADMIN" || user.role === "EDITOR" ? user.role : "AUTHOR";
  return { id: user.id, name: user.name, email: user.email, role };
}

/**
 * Every admin page and action calls this itself (the proxy is only a first
 * gate): no session means the login page; a role not in `roles` is refused.
 */
export async function requireUser(roles?: Role[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/admin/login");
  if (roles && !roles.includes(user.role)) redirect("/admin?fehler=rechte");
  return user;
}
