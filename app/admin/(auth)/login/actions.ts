"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { LoginState } from "@/lib/admin";
import { getAuth, loginClientAddress, throttledLogin, isActiveAccount } from "@/lib/auth";

const credentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const parsed = credentials.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) return { error: "Bitte eine gültige E-Mail-Adresse und das Passwort eingeben.", email };

  const requestHeaders = await headers();
  const { email: account, password } = parsed.data;
  const result = await throttledLogin(account, loginClientAddress(requestHeaders), async () => {
    if (!(await isActiveAccount(account))) throw new Error("inactive or unknown");
    await getAuth().api.signInEmail({ body: { email: account, password }, headers: requestHeaders });
  });
  if (!result.ok) return { error: result.error, email };
  redirect("/admin");
}

export async function logout(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/admin/login");
}

/** Ends every session of the logged-in account (all browsers and devices), this one included. */
export async function logoutEverywhere(): Promise<void> {
  const requestHeaders = await headers();
  await getAuth()
    .api.revokeSessions({ headers: requestHeaders })
    .catch(() => undefined); // no valid session: nothing to end
  await getAuth()
    .api.signOut({ headers: requestHeaders })
    .catch(() => undefined); // clears this browser's cookie
  redirect("/admin/login");
}
