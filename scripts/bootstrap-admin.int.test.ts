import { verifyPassword } from "better-auth/crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { bootstrapAdmin } from "./bootstrap-admin";

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
