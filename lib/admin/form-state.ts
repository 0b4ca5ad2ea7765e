import type { z } from "zod";
import type { ArticleFormValues, FieldErrors } from "./article-input";

/** What a small admin form action answers: field errors and the typed values, or a success note. */
export type FormState = { errors?: Record<string, string>; values?: Record<string, string>; ok?: string };

/** What the article editor's save action answers when the save is refused. */
export type EditorState = { errors?: FieldErrors; values?: ArticleFormValues };

/** What the login action answers when the login is refused. */
export type LoginState = { error?: string; email?: string };

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

/** zod issues as one German message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}
