"use client";

import { useActionState, useState } from "react";
import type { EditorState, ArticleFormValues, FieldErrors } from "@/lib/admin";
import type { PictureSummary } from "@/lib/media";
import { FieldError, describedBy, inputClass } from "./field-error";
import { MarkdownPreview } from "./markdown-preview";
import { PictureField } from "./picture-field";
import { useAnswerRound } from "./use-answer-round";

type Option = { id: number; name: string };

const STATUS_OPTIONS = [
  { value: "DRAFT", label: "Entwurf" },
  { value: "SCHEDULED", label: "Geplant" },
  { value: "PUBLISHED", label: "Veröffentlicht" },
  { value: "ARCHIVED", label: "Archiviert (nicht mehr sichtbar)" },
] as const;

export function ArticleForm({
  initial,
  sections,
  authors,
  canPublish,
  saveAction,
  previewAction,
  picture = null,
  bodyLabel = "Text (Markdown)",
}: {
  initial: ArticleFormValues;
  /** The article's picture as saved, for the preview. */
  picture?: PictureSummary | null;
  sections: Option[];
  authors: Option[];
  canPublish: boolean;
  /** The save server action, bound to the article (null for a new one). */
  saveAction: (previous: EditorState, formData: FormData) => Promise<EditorState>;
  previewAction: (body: string) => Promise<string>;
  /** A Liveticker's text is its optional introduction. */
  bodyLabel?: string;
}) {
  const [state, action, pending] = useActionState<EditorState, FormData>(saveAction, {});
  const round = useAnswerRound(state);
  const values = state.values ?? initial;
  const errors = state.errors;
  const [body, setBody] = useState(values.body);
  const field = (name: keyof FieldErrors) => ({
    id: name,
    name,
    "aria-invalid": errors?.[name] ? true : undefined,
    "aria-describedby": describedBy(name, errors),
  });

  return (
    // A new key for every answer: after a refused save, React resets the form it submitted, which
    // would put selects, checkboxes and the publish time back to their first values. The fresh
    // form starts from what was sent (`state.values`), so every field keeps what was typed.
    <form key={round} action={action} className="mt-6 grid gap-6 lg:grid-cols-2" noValidate>
      <input type="hidden" name="version" value={values.version} />
      {errors?.form && (
        <p role="alert" className="rounded border border-accent/40 bg-red-50 px-3 py-2 text-accent lg:col-span-2">
          {errors.form}
        </p>
      )}
      {errors && !errors.form && (
        <p role="alert" className="rounded border border-accent/40 bg-red-50 px-3 py-2 text-accent lg:col-span-2">
          Bitte die markierten Felder prüfen. Es wurde nichts gespeichert.
        </p>
      )}
      <div className="space-y-4">
        <div>
          <label htmlFor="kicker" className="font-semibold">Dachzeile</label>
          <input {...field("kicker")} defaultValue={values.kicker} className={inputClass} />
          <FieldError id="kicker" errors={errors} />
        </div>
        <div>
          <label htmlFor="title" className="font-semibold">Titel</label>
          <input {...field("title")} defaultValue={values.title} required className={inputClass} />
          <FieldError id="title" errors={errors} />
        </div>
        <div>
          <label htmlFor="teaser" className="font-semibold">Teaser</label>
          <textarea {...field("teaser")} defaultValue={values.teaser} rows={3} required className={inputClass} />
          <FieldError id="teaser" errors={errors} />
        </div>
        <div>
          <label htmlFor="body" className="font-semibold">{bodyLabel}</label>
          <textarea
            {...field("body")}
            aria-describedby={describedBy("body", errors, "body-hinweis")}
            defaultValue={values.body}
            onChange={(event) => setBody(event.target.value)}
            rows={22}
            className={`${inputClass} font-mono text-sm`}
          />
          <p id="body-hinweis" className="mt-1 text-xs text-muted">
            Zwischenüberschriften mit „## “, Listen mit „- “, Zitate mit „&gt; “. HTML wird nicht ausgeführt.
          </p>
          <FieldError id="body" errors={errors} />
        </div>
      </div>
      <div className="space-y-4">
        <section aria-labelledby="vorschau-titel" className="rounded border border-rule p-4">
          <h2 id="vorschau-titel" className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">Vorschau</h2>
          <MarkdownPreview body={body} previewAction={previewAction} />
        </section>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="sectionId" className="font-semibold">Ressort</label>
            <select {...field("sectionId")} defaultValue={values.sectionId} className={inputClass}>
              <option value="">bitte wählen</option>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>{s.name}</option>
              ))}
            </select>
            <FieldError id="sectionId" errors={errors} />
          </div>
          <div>
            <label htmlFor="status" className="font-semibold">Status</label>
            <select {...field("status")} defaultValue={values.status} className={inputClass}>
              {STATUS_OPTIONS.filter((o) => canPublish || o.value === "DRAFT").map((o) => (
                <option key={o.value} value={o.value}>{o.label}</option>
              ))}
            </select>
            <FieldError id="status" errors={errors} />
          </div>
          <div>
            <label htmlFor="publishAt" className="font-semibold">Veröffentlichung (Berliner Zeit)</label>
            <input {...field("publishAt")} type="datetime-local" defaultValue={values.publishAt} className={inputClass} />
            <FieldError id="publishAt" errors={errors} />
          </div>
          <div>
            <label htmlFor="slug" className="font-semibold">Adresse (Slug)</label>
            <input
              {...field("slug")}
              aria-describedby={describedBy("slug", errors, "slug-hinweis")}
              defaultValue={values.slug}
              className={inputClass}
            />
            <p id="slug-hinweis" className="mt-1 text-xs text-muted">Leer lassen: wird aus dem Titel gebildet.</p>
            <FieldError id="slug" errors={errors} />
          </div>
        </div>
        <fieldset aria-describedby={describedBy("authorIds", errors)}>
          <legend className="font-semibold">Autorinnen und Autoren</legend>
          <div className="mt-1 grid grid-cols-2 gap-1">
            {authors.map((a) => (
              <label key={a.id} className="flex items-center gap-2">
                <input type="checkbox" name="authorIds" value={a.id} defaultChecked={values.authorIds.includes(String(a.id))} />
                {a.name}
              </label>
            ))}
          </div>
          <FieldError id="authorIds" errors={errors} />
        </fieldset>
        <div>
          <label htmlFor="tags" className="font-semibold">Themen (mit Komma getrennt)</label>
          <input {...field("tags")} defaultValue={values.tags} className={inputClass} />
          <FieldError id="tags" errors={errors} />
        </div>
        <PictureField initial={values} summary={picture} errors={errors} />
        <details className="rounded border border-rule p-3" open={Boolean(errors?.imageUrl || errors?.seoTitle || errors?.seoDescription)}>
          <summary className="cursor-pointer font-semibold">Bildadresse und Suchmaschinen</summary>
          <div className="mt-3 space-y-3">
            <div>
              <label htmlFor="imageUrl" className="font-semibold">Bildadresse (statt Upload, optional)</label>
              <input {...field("imageUrl")} defaultValue={values.imageUrl} className={inputClass} />
              <FieldError id="imageUrl" errors={errors} />
            </div>
            <div>
              <label htmlFor="seoTitle" className="font-semibold">SEO-Titel (optional)</label>
              <input {...field("seoTitle")} defaultValue={values.seoTitle} className={inputClass} />
              <FieldError id="seoTitle" errors={errors} />
            </div>
            <div>
              <label htmlFor="seoDescription" className="font-semibold">SEO-Beschreibung (optional)</label>
              <textarea {...field("seoDescription")} defaultValue={values.seoDescription} rows={2} className={inputClass} />
              <FieldError id="seoDescription" errors={errors} />
            </div>
          </div>
        </details>
        <button type="submit" disabled={pending} className="rounded bg-brand-fill px-5 py-2 font-semibold text-white disabled:opacity-60">
          {pending ? "Speichern …" : "Speichern"}
        </button>
      </div>
    </form>
  );
}
