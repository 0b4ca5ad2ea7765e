import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { getAuth } from "./better-auth";
import { credentialAccount } from "./credentials";
import { userForRequest } from "./session";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_MS } from "./session-policy";

const PASSWORD = "ein-sicheres-passwort";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

beforeAll(() => {
  process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
});

/** A real login through better-auth: the request headers a browser would send afterwards, and the session row. */
async function logIn() {
  const id = randomUUID();
  const email = `redaktion-${id}@example.com`;
  await db.user.create({ data: { id, email, name: "Redakteurin", role: "EDITOR", emailVerified: true } });
  await db.account.create({ data: { ...(await credentialAccount(id, PASSWORD)), userId: id } });
  const { headers } = await getAuth().api.signInEmail({ body: { email, password: PASSWORD }, headers: new Headers(), returnHeaders: true });
  const cookie = headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const request = new Headers({ cookie });
  const session = await db.session.findFirstOrThrow({ where: { userId: id } });
  return { request, session, userId: id };
}

describe("editors' sessions", () => {
  it("last at most seven days from the login, however much they are used", async () => {
    const { request, session } = await logIn();
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBeCloseTo(SESSION_ABSOLUTE_SECONDS * 1000, -4);
    // Logged in almost seven days ago and used a minute ago.
    const createdAt = new Date(Date.now() - 7 * DAY + HOUR);
    await db.session.update({
      where: { id: session.id },
      data: { createdAt, expiresAt: new Date(createdAt.getTime() + SESSION_ABSOLUTE_SECONDS * 1000), updatedAt: new Date(Date.now() - 60_000) },
    });
    expect(await userForRequest(request)).not.toBeNull();
    const after = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    // Using it did not move its end.
    expect(after.expiresAt.getTime()).toBe(createdAt.getTime() + SESSION_ABSOLUTE_SECONDS * 1000);
    // Past the end, it is over.
    await db.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await userForRequest(request)).toBeNull();
  });

  it("end after twelve hours without a request, and each request keeps them alive", async () => {
    const { request, session } = await logIn();
    // Used eleven hours ago: still valid, and marked as used now.
    await db.session.update({ where: { id: session.id }, data: { updatedAt: new Date(Date.now() - 11 * HOUR) } });
    expect(await userForRequest(request)).toMatchObject({ role: "EDITOR" });
    const touched = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(Date.now() - touched.updatedAt.getTime()).toBeLessThan(60_000);
    // Unused for longer than the idle time: refused, and the session is gone.
    await db.session.update({ where: { id: session.id }, data: { updatedAt: new Date(Date.now() - SESSION_IDLE_MS - 60_000) } });
    expect(await userForRequest(request)).toBeNull();
    expect(await db.session.findUnique({ where: { id: session.id } })).toBeNull();
  });

  it("'log out everywhere' ends every session of the account", async () => {
    const first = await logIn();
    const email = (await db.user.findUniqueOrThrow({ where: { id: first.userId } })).email;
    const { headers } = await getAuth().api.signInEmail({ body: { email, password: PASSWORD }, headers: new Headers(), returnHeaders: true });
    const second = new Headers({ cookie: headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") });
    expect(await userForRequest(second)).not.toBeNull();
    await getAuth().api.revokeSessions({ headers: first.request });
    expect(await userForRequest(first.request)).toBeNull();
    expect(await userForRequest(second)).toBeNull();
    expect(await db.session.count({ where: { userId: first.userId } })).toBe(0);
  });
});
