import { z } from "zod";
import { parseId } from "../ids";

/** An entry is a short dispatch, not an article: 10,000 characters is several screens. */
export const MAX_ENTRY_CHARS = 10_000;
export const MAX_ENTRY_HEADLINE_CHARS = 200;

export const ENTRY_FIELDS = ["body", "headline", "pictureId", "imageAlt", "imageCredit", "keyEvent", "pinned"] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];
export type EntryErrors = Partial<Record<EntryField | "form" | "version", string>>;

/** What the quick entry form sends, as strings (kept to refill the form after an error). */
export type EntryFormValues = Record<EntryField | "version", string>;

export const EMPTY_ENTRY_VALUES: EntryFormValues = {
  body: "", headline: "", pictureId: "", imageAlt: "", imageCredit: "", keyEvent: "", pinned: "", version: "",
};

export type EntryInput = {
  body: string;
  headline: string;
  pictureId: number | null;
  imageAlt: string | null;
  imageCredit: string | null;
  keyEvent: boolean;
  pinned: boolean;
};

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label}: höchstens ${max} Zeichen.`).transform((v) => (v === "" ? null : v));
const checkbox = z.string().transform((v) => v === "on" || v === "true" || v === "1");

const schema = z
  .object({
    body: z
      .string()
      .refine((v) => v.trim().length > 0, "Bitte einen Text für den Eintrag eingeben.")
      .refine((v) => v.length <= MAX_ENTRY_CHARS, `Der Eintrag ist zu lang (höchstens ${MAX_ENTRY_CHARS.toLocaleString("de-DE")} Zeichen).`),
    headline: z.string().trim().max(MAX_ENTRY_HEADLINE_CHARS, `Überschrift: höchstens ${MAX_ENTRY_HEADLINE_CHARS} Zeichen.`),
    pictureId: z.string().transform((value, ctx) => {
      if (value.trim() === "") return null;
      const parsed = parseId(value);
      if (parsed === undefined) ctx.addIssue({ code: "custom", message: "Dieses Bild gibt es nicht (mehr)." });
      return parsed ?? z.NEVER;
    }),
    imageAlt: optionalText(300, "Alternativtext"),
    imageCredit: optionalText(120, "Bildnachweis"),
    keyEvent: checkbox,
    pinned: checkbox,
  })
  .transform((data, ctx): EntryInput => {
    if (data.pictureId !== null && !data.imageAlt) {
      ctx.addIssue({ code: "custom", path: ["imageAlt"], message: "Bitte das Bild für blinde Leserinnen und Leser beschreiben (Alternativtext)." });
    }
    if (data.pictureId !== null && !data.imageCredit) {
      ctx.addIssue({ code: "custom", path: ["imageCredit"], message: "Bitte den Bildnachweis angeben (wer hat das Foto gemacht?)." });
    }
    return { ...data, body: data.body.trim() };
  });

export function readEntryForm(formData: FormData): EntryFormValues {
  const values = { ...EMPTY_ENTRY_VALUES };
  for (const key of Object.keys(values) as (keyof EntryFormValues)[]) {
    const value = formData.get(key);
    if (typeof value === "string") values[key] = value;
  }
  return values;
}

export function parseEntryInput(values: EntryFormValues): { ok: true; input: EntryInput } | { ok: false; errors: EntryErrors } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, input: result.data };
  const errors: EntryErrors = {};
  for (const issue of result.error.issues) {
    const field = (issue.path[0] ?? "form") as EntryField | "form";
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
