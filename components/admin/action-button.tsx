"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/admin";

/** One button that runs a server action and shows its answer beside it. */
export function ActionButton({ action, label, danger = false }: { action: () => Promise<FormState>; label: string; danger?: boolean }) {
  const [state, formAction, pending] = useActionState<FormState>(() => action(), {});
  return (
    <form action={formAction} className="inline-flex flex-col items-start">
      <button
        type="submit"
        disabled={pending}
        className={`rounded border px-2 py-1 text-sm disabled:opacity-60 ${danger ? "border-accent/50 text-accent hover:bg-red-50" : "border-rule hover:bg-neutral-100"}`}
      >
        {label}
      </button>
      {state.errors?.form && <span role="alert" className="mt-1 max-w-xs text-xs text-accent">{state.errors.form}</span>}
    </form>
  );
}
