"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/admin";
import { useAnswerRound } from "./use-answer-round";

export type SimpleField = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "textarea" | "select";
  options?: { value: string; label: string }[];
  defaultValue?: string;
  hint?: string;
};

const input = "mt-1 w-full rounded border border-rule px-3 py-2 aria-[invalid=true]:border-accent";

/** A small admin form: server-validated, German messages beside each field, typed values kept on error. */
export function SimpleForm({
  action,
  fields,
  submitLabel,
  idPrefix,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: SimpleField[];
  submitLabel: string;
  idPrefix: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  // Remounted for every answer, so React's reset after the action cannot put a select back to
  // its first option: each field starts again from the value that was sent.
  const round = useAnswerRound(state);
  return (
    <form key={round} action={formAction} className="space-y-3" noValidate>
      {state.errors?.form && (
        <p role="alert" className="rounded border border-accent/40 bg-red-50 px-3 py-2 text-sm text-accent">{state.errors.form}</p>
      )}
      {state.ok && (
        <p role="status" className="rounded border border-green-700/40 bg-green-50 px-3 py-2 text-sm text-green-900">{state.ok}</p>
      )}
      {fields.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        const error = state.errors?.[field.name];
        const value = state.values?.[field.name] ?? field.defaultValue ?? "";
        const common = {
          id,
          name: field.name,
          defaultValue: value,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": [error ? `${id}-fehler` : null, field.hint ? `${id}-hinweis` : null].filter(Boolean).join(" ") || undefined,
          className: input,
        };
        return (
          <div key={`${field.name}-${value}`}>
            <label htmlFor={id} className="text-sm font-semibold">{field.label}</label>
            {field.type === "textarea" ? (
              <textarea {...common} rows={3} />
            ) : field.type === "select" ? (
              <select {...common}>
                {field.options?.map((o) => (
                  <option key={o.value} value={o.value}>{o.label}</option>
                ))}
              </select>
            ) : (
              <input {...common} type={field.type ?? "text"} autoComplete={field.type === "password" ? "new-password" : undefined} />
            )}
            {field.hint && <p id={`${id}-hinweis`} className="mt-1 text-xs text-muted">{field.hint}</p>}
            {error && <p id={`${id}-fehler`} className="mt-1 text-sm text-accent">{error}</p>}
          </div>
        );
      })}
      <button type="submit" disabled={pending} className="rounded bg-brand-fill px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? "Bitte warten …" : submitLabel}
      </button>
    </form>
  );
}
