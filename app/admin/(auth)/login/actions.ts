"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { LoginState } from "@/lib/admin/form-state";
import { getAuth } from "@/lib/auth/better-auth";
import { loginThrottle } from "@/lib/auth/login-throttle";
import { isActiveAccount } from "@/lib/auth/users";
import { clientAddress } from "@/lib/views/visitor";

const credentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

const WRONG = "E-Mail-Adresse oder Passwort ist falsch.";

export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const parsed = credentials.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) return { error: "Bitte eine gültige E-Mail-Adresse und das Passwort eingeben.", email };

  const requestHeaders = await headers();
  // Without a trusted proxy every client looks alike ("direct"), so only accounts are throttled.
  const ip = clientAddress(requestHeaders.get("x-forwarded-for"));
  const keys = [`email:${parsed.data.email}`, ...(ip !== "direct" ? [`ip:${ip}`] : [])];
  const wait = loginThrottle.retryAfter(keys);
  if (wait > 0) {
    return { error: `Zu viele Fehlversuche. Bitte in ${Math.ceil(wait / 60_000)} Minuten erneut versuchen.`, email };
  }

  try {
    if (!(await isActiveAccount(parsed.data.email))) throw new Error("inactive or unknown");
    await getAuth().api.signInEmail({ body: parsed.data, headers: requestHeaders });
  } catch {
    loginThrottle.recordFailure(keys);
    return { error: WRONG, email };
  }
  loginThrottle.recordSuccess(keys);
  redirect("/admin");
}

export async function logout(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/admin/login");
}
