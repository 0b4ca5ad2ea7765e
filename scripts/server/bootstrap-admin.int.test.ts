import { verifyPassword } from "better-auth/crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/prisma-client";
import { bootstrapAdmin, resetPassword } from "./bootstrap-admin";

const prisma = createPrismaClient();
afterAll(() => prisma.$disconnect());

describe("bootstrapAdmin", () => {
  it("does nothing without credentials outside the embedded database", async () => {
    expect(await bootstrapAdmin(prisma, { allowGenerated: false })).toEqual({ created: false });
  });

  it("refuses a short ADMIN_PASSWORD", async () => {
    await expect(bootstrapAdmin(prisma, { email: "a@example.com", password: "kurz", allowGenerated: false })).rejects.toThrow(
      /mindestens 10 Zeichen/,
    );
  });

  it("creates the first admin once, with a password better-auth accepts", async () => {
    const result = await bootstrapAdmin(prisma, { email: "Chefin@Example.com", password: "ein-langes-passwort", allowGenerated: false });
    expect(result).toEqual({ created: true, email: "chefin@example.com" });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "chefin@example.com" }, include: { accounts: true } });
    expect(user.role).toBe("ADMIN");
    expect(user.accounts[0].providerId).toBe("credential");
    expect(await verifyPassword({ hash: user.accounts[0].password!, password: "ein-langes-passwort" })).toBe(true);
    expect(await bootstrapAdmin(prisma, { email: "x@example.com", password: "noch-ein-passwort", allowGenerated: true })).toEqual({
      created: false,
    });
  });
});

describe("resetPassword", () => {
  it("sets a new password for an existing account and ends its sessions", async () => {
    await bootstrapAdmin(prisma, { email: "reset@example.com", password: "das-alte-passwort", allowGenerated: false }).catch(() => undefined);
    const user = await prisma.user.findFirstOrThrow({ include: { accounts: true } });
    await prisma.session.create({
      data: { id: "s-reset", token: "t-reset", userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const result = await resetPassword(prisma, ` ${user.email.toUpperCase()} `, "ein-neues-passwort");
    expect(result).toEqual({ email: user.email, endedSessions: 1, active: true });
    const account = await prisma.account.findFirstOrThrow({ where: { userId: user.id, providerId: "credential" } });
    expect(await verifyPassword({ hash: account.password!, password: "ein-neues-passwort" })).toBe(true);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);

    const generated = await resetPassword(prisma, user.email);
    expect(generated.generatedPassword).toMatch(/^[\w-]{16}$/);
    const again = await prisma.account.findFirstOrThrow({ where: { userId: user.id, providerId: "credential" } });
    expect(await verifyPassword({ hash: again.password!, password: generated.generatedPassword! })).toBe(true);
  });

  it("refuses an unknown address or a short password and changes nothing", async () => {
    const before = await prisma.account.findMany({ select: { password: true } });
    await expect(resetPassword(prisma, "niemand@example.com", "ein-neues-passwort")).rejects.toThrow(/Kein Konto/);
    const user = await prisma.user.findFirstOrThrow();
    await expect(resetPassword(prisma, user.email, "kurz")).rejects.toThrow(/mindestens 10 Zeichen/);
    expect(await prisma.account.findMany({ select: { password: true } })).toEqual(before);
  });
});
