import "server-only";
import { db } from "../db";

/** True when an account with this email exists and may log in. */
export async function isActiveAccount(email: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { active: true } });
  return user?.active === true;
}
