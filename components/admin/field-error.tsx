import type { FieldErrors } from "@/lib/admin/article-input";

/** An editor field's error message, under the field (`<id>-fehler`, which the field names in aria-describedby). */
export function FieldError({ id, errors }: { id: keyof FieldErrors; errors?: FieldErrors }) {
  const message = errors?.[id];
  return message ? (
    <p id={`${id}-fehler`} className="mt-1 text-sm text-accent">
      {message}
    </p>
  ) : null;
}
