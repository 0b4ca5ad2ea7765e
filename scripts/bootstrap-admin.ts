import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "../lib/generated/prisma/client";

export type BootstrapResult =
  | { created: false }
  | { created: true; email: string; generatedPassword?: string };

/**
 * Creates the first admin when no user exists: ADMIN_EMAIL + ADMIN_PASSWORD if
 * given, else (only when `allowGenerated`, i.e. the embedded demo database)
 * admin@example.com with a generated password that is printed once.
 */
export async function bootstrapAdmin(
  prisma: PrismaClient,
  { email, password, allowGenerated }: { email?: string; password?: string; allowGenerated: boolean },
): Promise<BootstrapResult> {
  if ((await prisma.user.count()) > 0) return { created: false };
  if (!email || !password) {
    if (!allowGenerated) return { created: false };
    email = "admin@example.com";
    password = randomBytes(12).toString("base64url");
    const result = await createUser(prisma, email, password);
    return { ...result, generatedPassword: password };
  }
  if (password.length < 10) throw new Error("ADMIN_PASSWORD muss mindestens 10 Zeichen lang sein.");
  return createUser(prisma, email, password);
}

async function createUser(prisma: PrismaClient, email: string, password: string) {
  const id = randomUUID();
  // The shape better-auth's email+password sign-in expects: a "credential" account holding the hash.
  await prisma.user.create({
    data: {
      id,
      email: email.toLowerCase(),
      name: "Administrator",
      emailVerified: true,
      role: "ADMIN",
      accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: await hashPassword(password) } },
    },
  });
  return { created: true as const, email: email.toLowerCase() };
}
