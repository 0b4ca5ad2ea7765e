"use client";

import { useActionState, useState } from "react";

type ButtonState = { errors?: { form?: string } };

const buttonClass = "rounded border border-rule px-2 py-1 text-sm hover:bg-neutral-100 disabled:opacity-60";

/** One small action (pin, key event, reopen), its error beside it. */
export function LiveButton({ action, label, pressed }: { action: () => Promise<ButtonState>; label: string; pressed?: boolean }) {
  const [state, formAction, pending] = useActionState<ButtonState>(() => action(), {});
  return (
    <form action={formAction} className="inline-flex flex-col items-start">
      <button type="submit" disabled={pending} aria-pressed={pressed} className={buttonClass}>{label}</button>
      {state.errors?.form && <span role="alert" className="mt-1 max-w-xs text-xs text-accent">{state.errors.form}</span>}
    </form>
  );
}

/** "Löschen", asked once more before it happens. */
export function DeleteEntryButton({ action, label }: { action: () => Promise<ButtonState>; label: string }) {
  const [asking, setAsking] = useState(false);
  const [state, formAction, pending] = useActionState<ButtonState>(() => action(), {});
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} className={`${buttonClass} border-accent/50 text-accent`} aria-label={label}>
        Löschen
      </button>
    );
  }
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2" role="group" aria-label="Löschen bestätigen">
      <span className="text-sm font-semibold">Eintrag wirklich löschen?</span>
      <button type="submit" disabled={pending} autoFocus className={`${buttonClass} border-accent text-accent`}>Ja, löschen</button>
      <button type="button" onClick={() => setAsking(false)} className={buttonClass}>Abbrechen</button>
      {state.errors?.form && <span role="alert" className="text-xs text-accent">{state.errors.form}</span>}
    </form>
  );
}
