import { randomBytes, randomUUID } from "node:crypto";
import { credentialAccount, MIN_PASSWORD_LENGTH } from "../../lib/auth/credentials";
import type { PrismaClient } from "../../lib/db/generated/prisma/client";

/** A password for someone to read off the screen once: 16 URL-safe characters. */
const generatePassword = () => randomBytes(12).toString("base64url");

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
    password = generatePassword();
    const result = await createUser(prisma, email, password);
    return { ...result, generatedPassword: password };
  }
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`ADMIN_PASSWORD muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen lang sein.`);
  return createUser(prisma, email, password);
}

async function createUser(prisma: PrismaClient, email: string, password: string) {
  const id = randomUUID();
  await prisma.user.create({
    data: {
      id,
      email: email.toLowerCase(),
      name: "Administrator",
      emailVerified: true,
      role: "ADMIN",
      accounts: { create: await credentialAccount(id, password) },
    },
  });
  return { created: true as const, email: email.toLowerCase() };
}

export type PasswordReset = { email: string; generatedPassword?: string; endedSessions: number; active: boolean };

/**
 * Sets a new password for an existing account (the way back in for a
 * forgotten password) and ends all of its sessions. Without `password` a
 * random one is generated and returned, to be shown once. Throws with a German
 * message for an unknown address or a short password; changes nothing then.
 */
export async function resetPassword(prisma: PrismaClient, rawEmail: string, password?: string): Promise<PasswordReset> {
  const email = rawEmail.trim().toLowerCase();
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen lang sein.`);
  }
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, active: true } });
  if (!user) throw new Error(`Kein Konto mit der E-Mail-Adresse ${email}.`);
  const chosen = password ?? generatePassword();
  const account = await credentialAccount(user.id, chosen);
  const existing = await prisma.account.findFirst({ where: { userId: user.id, providerId: account.providerId }, select: { id: true } });
  const [, ended] = await prisma.$transaction([
    existing
      ? prisma.account.update({ where: { id: existing.id }, data: { password: account.password } })
      : prisma.account.create({ data: { ...account, userId: user.id } }),
    prisma.session.deleteMany({ where: { userId: user.id } }),
  ]);
  return { email, endedSessions: ended.count, active: user.active, ...(password === undefined ? { generatedPassword: chosen } : {}) };
}
