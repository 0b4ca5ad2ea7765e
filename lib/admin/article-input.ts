import { z } from "zod";
import { fromBerlinLocalInput } from "../dates";
import { isValidSlug, slugify } from "../slug";
import { parseId } from "../ids";

export const MAX_BODY_BYTES = 200 * 1024;
export const ARTICLE_FIELDS = [
  "title", "kicker", "teaser", "body", "sectionId", "authorIds", "tags", "slug",
  "seoTitle", "seoDescription", "imageUrl", "pictureId", "pictureFocus", "imageAlt", "imageCredit", "imageCaption", "status", "publishAt",
] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];
export type FieldErrors = Partial<Record<ArticleField | "form", string>>;

/** What the editor form sends, as strings: kept to refill the form after an error. */
export type ArticleFormValues = Record<Exclude<ArticleField, "authorIds">, string> & { authorIds: string[]; version: string };

export const EMPTY_FORM_VALUES: ArticleFormValues = {
  title: "", kicker: "", teaser: "", body: "", sectionId: "", authorIds: [], tags: "", slug: "",
  seoTitle: "", seoDescription: "", imageUrl: "", pictureId: "", pictureFocus: "", imageAlt: "", imageCredit: "", imageCaption: "",
  status: "DRAFT", publishAt: "", version: "",
};

export type ArticleInput = {
  title: string;
  kicker: string;
  teaser: string;
  body: string;
  sectionId: number;
  authorIds: number[];
  tags: string[];
  slug: string;
  seoTitle: string | null;
  seoDescription: string | null;
  imageUrl: string | null;
  /** An uploaded picture (lib/media) and where its crops centre; null: none, or keep the point it has. */
  pictureId: number | null;
  pictureFocus: { x: number; y: number } | null;
  imageAlt: string | null;
  imageCredit: string | null;
  imageCaption: string | null;
  status: "DRAFT" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED";
  publishAt: Date | null;
  /** Set when an article is made; a Liveticker's body is an optional introduction above its entries. Absent: an article. */
  kind?: "ARTICLE" | "LIVETICKER";
};

const SLUG_MESSAGE = "Nur Kleinbuchstaben, Ziffern und einzelne Bindestriche (ä wird ae usw.).";

const text = (max: number, label: string) =>
  z.string().trim().max(max, `${label}: höchstens ${max} Zeichen.`);
const optional = (max: number, label: string) => text(max, label).transform((v) => (v === "" ? null : v));

/** A database id from the form (lib/ids.ts); `message` when it is not one. */
const id = (message: string) =>
  z.string({ error: message }).transform((value, ctx) => {
    const parsed = parseId(value);
    if (parsed === undefined) ctx.addIssue({ code: "custom", message });
    return parsed ?? z.NEVER;
  });

const schema = z
  .object({
    title: text(200, "Titel").min(1, "Bitte einen Titel eingeben."),
    kicker: text(60, "Dachzeile"),
    teaser: text(400, "Teaser").min(1, "Bitte einen Teaser eingeben."),
    body: z
      .string()
      .refine((v) => v.trim().length > 0, "Bitte einen Text eingeben.")
      .refine((v) => Buffer.byteLength(v, "utf8") <= MAX_BODY_BYTES, "Der Text ist zu lang (höchstens 200 KB)."),
    sectionId: id("Bitte ein Ressort wählen."),
    authorIds: z
      .array(id("Bitte eine Autorin oder einen Autor aus der Liste wählen."))
      // The same person twice (a hand-made request) is one byline.
      .transform((ids) => [...new Set(ids)])
      .refine((ids) => ids.length >= 1, "Bitte mindestens eine Autorin oder einen Autor wählen.")
      .refine((ids) => ids.length <= 5, "Höchstens fünf Autorinnen und Autoren."),
    tags: z
      .string()
      .transform((v) => [...new Set(v.split(",").map((t) => t.trim()).filter(Boolean))])
      .refine((tags) => tags.length <= 10, "Höchstens zehn Themen.")
      .refine((tags) => tags.every((t) => t.length <= 50 && slugify(t) !== ""), "Jedes Thema braucht Buchstaben oder Ziffern (höchstens 50 Zeichen)."),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => v === "" || isValidSlug(v), SLUG_MESSAGE),
    seoTitle: optional(110, "SEO-Titel"),
    seoDescription: optional(300, "SEO-Beschreibung"),
    imageUrl: optional(500, "Bildadresse").refine(
      (v) => v === null || /^https?:\/\/\S+$/.test(v) || /^\/\S*$/.test(v),
      "Die Bildadresse muss mit https:// oder / beginnen.",
    ),
    // Empty: no picture from the library.
    pictureId: z.string().transform((value, ctx) => {
      if (value.trim() === "") return null;
      const parsed = parseId(value);
      if (parsed === undefined) ctx.addIssue({ code: "custom", message: "Dieses Bild gibt es nicht (mehr)." });
      return parsed ?? z.NEVER;
    }),
    // "x,y" in whole percent, set by clicking the picture; anything else keeps the point it has.
    pictureFocus: z.string().transform((v) => {
      const match = /^\s*(\d{1,3})\s*,\s*(\d{1,3})\s*$/.exec(v);
      if (!match) return null;
      const [x, y] = [Number(match[1]), Number(match[2])];
      return x <= 100 && y <= 100 ? { x, y } : null;
    }),
    imageAlt: optional(300, "Alternativtext"),
    imageCredit: optional(120, "Bildnachweis"),
    imageCaption: optional(300, "Bildunterschrift"),
    status: z.enum(["DRAFT", "SCHEDULED", "PUBLISHED", "ARCHIVED"], { error: "Bitte einen Status wählen." }),
    publishAt: z
      .string()
      .trim()
      .refine((v) => v === "" || fromBerlinLocalInput(v) !== null, "Bitte Datum und Uhrzeit angeben."),
  })
  .transform((data, ctx): ArticleInput => {
    // Cross-field checks run once every field is valid on its own.
    const slug = data.slug === "" ? slugify(data.title) : data.slug;
    if (!isValidSlug(slug)) ctx.addIssue({ code: "custom", path: ["slug"], message: SLUG_MESSAGE });
    const publishAt = data.publishAt === "" ? null : fromBerlinLocalInput(data.publishAt);
    if (data.status === "SCHEDULED" && !publishAt) {
      ctx.addIssue({ code: "custom", path: ["publishAt"], message: "Für geplante Artikel bitte den Veröffentlichungszeitpunkt angeben." });
    }
    const goesOut = data.status === "PUBLISHED" || data.status === "SCHEDULED";
    if ((data.imageUrl || (data.pictureId && goesOut)) && !data.imageAlt) {
      ctx.addIssue({
        code: "custom",
        path: ["imageAlt"],
        message: data.pictureId
          ? "Bitte das Bild für blinde Leserinnen und Leser beschreiben (Alternativtext): ohne ihn wird ein Artikel mit Bild nicht veröffentlicht."
          : "Bitte das Bild für blinde Leserinnen und Leser beschreiben.",
      });
    }
    if (data.pictureId && goesOut && !data.imageCredit) {
      ctx.addIssue({ code: "custom", path: ["imageCredit"], message: "Bitte den Bildnachweis angeben (wer hat das Foto gemacht?): ohne ihn wird ein Artikel mit Bild nicht veröffentlicht." });
    }
    return { ...data, slug, publishAt };
  });

export function readArticleForm(formData: FormData): ArticleFormValues {
  const get = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    title: get("title"), kicker: get("kicker"), teaser: get("teaser"), body: get("body"), sectionId: get("sectionId"),
    authorIds: formData.getAll("authorIds").filter((v): v is string => typeof v === "string"),
    tags: get("tags"), slug: get("slug"), seoTitle: get("seoTitle"), seoDescription: get("seoDescription"),
    imageUrl: get("imageUrl"), pictureId: get("pictureId"), pictureFocus: get("pictureFocus"),
    imageAlt: get("imageAlt"), imageCredit: get("imageCredit"), imageCaption: get("imageCaption"),
    status: get("status"), publishAt: get("publishAt"), version: get("version"),
  };
}

export function parseArticleInput(
  values: ArticleFormValues,
  kind: "ARTICLE" | "LIVETICKER" = "ARTICLE",
): { ok: true; input: ArticleInput } | { ok: false; errors: FieldErrors } {
  // A ticker's text is its introduction, which it may do without.
  const noIntro = kind === "LIVETICKER" && values.body.trim() === "";
  const result = schema.safeParse(noIntro ? { ...values, body: "-" } : values);
  if (result.success) return { ok: true, input: kind === "LIVETICKER" ? { ...result.data, body: noIntro ? "" : result.data.body, kind } : result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = (issue.path[0] ?? "form") as ArticleField | "form";
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
