import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { LoginForm } from "@/components/admin/login-form";
import { getCurrentUser } from "@/lib/auth";
import { login } from "./actions";

export const instant = false;

export const metadata: Metadata = { title: "Anmelden – Redaktion", robots: { index: false, follow: false } };

export default async function LoginPage() {
  await connection();
  if (await getCurrentUser()) redirect("/admin");
  return (
    <main id="inhalt" className="mx-auto w-full max-w-sm flex-1 px-4 py-16">
      <p className="font-serif text-3xl font-bold text-brand">Rundblick</p>
      <h1 className="mt-2 text-xl font-semibold">Anmeldung für die Redaktion</h1>
      <LoginForm loginAction={login} />
    </main>
  );
}
