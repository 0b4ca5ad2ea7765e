import type { FieldErrors } from "@/lib/admin";

/** An editor field's error message, under the field (`<id>-fehler`, which the field names in aria-describedby). */
export function FieldError({ id, errors }: { id: keyof FieldErrors; errors?: FieldErrors }) {
  const message = errors?.[id];
  return message ? (
    <p id={`${id}-fehler`} className="mt-1 text-sm text-accent">
      {message}
    </p>
  ) : null;
}

/** The field's aria-describedby: its error message (when there is one), then its hint. */
export function describedBy(id: keyof FieldErrors, errors?: FieldErrors, hint?: string): string | undefined {
  return [errors?.[id] ? `${id}-fehler` : null, hint].filter(Boolean).join(" ") || undefined;
}

/** The editor's text inputs: full width, a red border while the field is invalid. */
export const inputClass = "mt-1 w-full rounded border border-rule px-3 py-2 aria-[invalid=true]:border-accent";
