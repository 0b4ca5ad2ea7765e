"use client";

import { useActionState } from "react";
import type { LoginState } from "@/lib/admin";

export function LoginForm({ loginAction }: { loginAction: (previous: LoginState, formData: FormData) => Promise<LoginState> }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, {});
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      {state.error && (
        <p role="alert" className="rounded border border-accent/40 bg-red-50 px-3 py-2 text-sm text-accent">
          {state.error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block text-sm font-semibold">
          E-Mail-Adresse
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          className="mt-1 w-full rounded border border-rule px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-semibold">
          Passwort
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 w-full rounded border border-rule px-3 py-2"
        />
      </div>
      <button type="submit" disabled={pending} className="w-full rounded bg-brand-fill px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? "Anmelden …" : "Anmelden"}
      </button>
    </form>
  );
}
