/**
 * Email+password accounts as better-auth stores them, for the code that writes
 * them itself (admin user management, the launcher's first admin, the
 * password command). No Next imports: scripts use it too.
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";

export const MIN_PASSWORD_LENGTH = 10;

/** The "credential" account better-auth's sign-in reads: the password's hash, tied to the user. */
export async function credentialAccount(userId: string, password: string) {
  return { id: randomUUID(), accountId: userId, providerId: "credential", password: await hashPassword(password) };
}
