import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "../db";
import { settings } from "../runtime";
import { SESSION_ABSOLUTE_SECONDS } from "./session-policy";

let instance: ReturnType<typeof createAuth> | undefined;

function createAuth() {
  return betterAuth({
    appName: "Rundblick",
    baseURL: settings().siteUrl,
    secret: settings().authSecret,
    database: prismaAdapter(db, { provider: "postgresql" }),
    // Accounts are created by admins (and the launcher's bootstrap), never by sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    user: {
      additionalFields: {
        role: { type: "string", defaultValue: "AUTHOR", input: false },
        active: { type: "boolean", defaultValue: true, input: false },
      },
    },
    // Absolute lifetime: a session ends SESSION_ABSOLUTE_SECONDS after the login, however much it is
    // used (no refresh moves its end). The idle timeout is lib/auth/session-policy.ts's.
    session: { expiresIn: SESSION_ABSOLUTE_SECONDS, disableSessionRefresh: true },
    advanced: {
      useSecureCookies: settings().siteUrl.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    plugins: [nextCookies()],
  });
}

/** better-auth, configured on first use: reads env at run time, never at build. */
export function getAuth() {
  instance ??= createAuth();
  return instance;
}
