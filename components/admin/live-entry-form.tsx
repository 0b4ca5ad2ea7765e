"use client";

import { useActionState, useEffect, useRef, type KeyboardEvent } from "react";
import type { EntryErrors, EntryFormValues } from "@/lib/live";
import { inputClass } from "./field-error";
import { useAnswerRound } from "./use-answer-round";

type EntryState = { errors?: EntryErrors; values?: EntryFormValues; published?: number };
type EntryAction = (previous: EntryState, formData: FormData) => Promise<EntryState>;
export type LibraryPicture = { id: number; label: string; alt: string; credit: string };

const EMPTY: EntryFormValues = { body: "", headline: "", pictureId: "", imageAlt: "", imageCredit: "", keyEvent: "", pinned: "", version: "" };

function Problem({ id, errors, field }: { id: string; errors?: EntryErrors; field: keyof EntryErrors }) {
  const message = errors?.[field];
  return message ? <p id={`${id}-fehler`} className="mt-1 text-sm text-accent">{message}</p> : null;
}

/**
 * The fields of an entry: the quick entry form, an entry's edit form and the
 * closing entry share them. `prefix` keeps ids apart when several are on a page.
 */
function EntryFields({
  prefix,
  values,
  errors,
  labels,
  pictures,
  flags,
  bodyRef,
}: {
  prefix: string;
  values: EntryFormValues;
  errors?: EntryErrors;
  labels: { body: string; headline: string };
  pictures: LibraryPicture[];
  flags: boolean;
  bodyRef?: React.Ref<HTMLTextAreaElement>;
}) {
  const id = (name: string) => `${prefix}-${name}`;
  const field = (name: keyof EntryErrors) => ({
    id: id(name),
    name,
    "aria-invalid": errors?.[name] ? true : undefined,
    "aria-describedby": errors?.[name] ? `${id(name)}-fehler` : undefined,
  });
  return (
    <>
      <div>
        <label htmlFor={id("body")} className="font-semibold">{labels.body}</label>
        <textarea {...field("body")} ref={bodyRef} defaultValue={values.body} rows={5} className={`${inputClass} font-mono text-sm`} />
        <Problem id={id("body")} errors={errors} field="body" />
      </div>
      <div>
        <label htmlFor={id("headline")} className="font-semibold">{labels.headline}</label>
        <input {...field("headline")} defaultValue={values.headline} className={inputClass} />
        <Problem id={id("headline")} errors={errors} field="headline" />
      </div>
      <details className="rounded border border-rule p-3" open={Boolean(values.pictureId || errors?.pictureId || errors?.imageAlt || errors?.imageCredit)}>
        <summary className="cursor-pointer font-semibold">Bild (optional)</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor={id("pictureId")} className="font-semibold">Bild aus der Bibliothek</label>
            <select {...field("pictureId")} defaultValue={values.pictureId} className={inputClass}>
              <option value="">kein Bild</option>
              {pictures.map((p) => (
                <option key={p.id} value={p.id}>{p.label}</option>
              ))}
            </select>
            <Problem id={id("pictureId")} errors={errors} field="pictureId" />
          </div>
          <div>
            <label htmlFor={id("imageAlt")} className="font-semibold">Alternativtext</label>
            <input {...field("imageAlt")} defaultValue={values.imageAlt} className={inputClass} />
            <Problem id={id("imageAlt")} errors={errors} field="imageAlt" />
          </div>
          <div>
            <label htmlFor={id("imageCredit")} className="font-semibold">Bildnachweis</label>
            <input {...field("imageCredit")} defaultValue={values.imageCredit} className={inputClass} />
            <Problem id={id("imageCredit")} errors={errors} field="imageCredit" />
          </div>
        </div>
      </details>
      {flags && (
        <div className="flex flex-wrap gap-6">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="keyEvent" defaultChecked={values.keyEvent === "on" || values.keyEvent === "true"} />
            Wichtiges Ereignis („Das Wichtigste“)
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="pinned" defaultChecked={values.pinned === "on" || values.pinned === "true"} />
            Oben anheften
          </label>
        </div>
      )}
    </>
  );
}

/** Ctrl+Enter (or Cmd+Enter) anywhere in the form sends it. */
function submitOnCtrlEnter(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }
}

function FormProblem({ errors }: { errors?: EntryErrors }) {
  if (!errors) return null;
  return (
    <p role="alert" className="rounded border border-accent/40 bg-red-50 px-3 py-2 text-accent">
      {errors.form ?? "Bitte die markierten Felder prüfen. Es wurde nichts veröffentlicht."}
    </p>
  );
}

/**
 * The quick entry form at the top of a ticker's admin page: after a
 * published entry it starts empty again with the cursor in "Eintrag", so the
 * next one can be typed at once.
 */
export function QuickEntryForm({ action, pictures, disabledReason }: { action: EntryAction; pictures: LibraryPicture[]; disabledReason?: string }) {
  const [state, formAction, pending] = useActionState<EntryState, FormData>(action, {});
  const round = useAnswerRound(state);
  const body = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (round > 0) body.current?.focus();
  }, [round]);
  return (
    <form key={round} action={formAction} onKeyDown={submitOnCtrlEnter} className="mt-4 space-y-4 rounded border border-rule p-4" noValidate aria-labelledby="neuer-eintrag">
      <h2 id="neuer-eintrag" className="font-serif text-2xl font-bold">Neuer Eintrag</h2>
      {disabledReason && <p className="rounded border border-rule bg-neutral-50 px-3 py-2">{disabledReason}</p>}
      <FormProblem errors={state.errors} />
      {state.published && !state.errors ? (
        <p role="status" className="text-green-900">Eintrag veröffentlicht.</p>
      ) : null}
      <EntryFields
        prefix="eintrag"
        values={state.values ?? EMPTY}
        errors={state.errors}
        labels={{ body: "Eintrag", headline: "Überschrift des Eintrags" }}
        pictures={pictures}
        flags
        bodyRef={body}
      />
      <p className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-brand-fill px-5 py-2 font-semibold text-white disabled:opacity-60">
          {pending ? "Wird veröffentlicht …" : "Eintrag veröffentlichen"}
        </button>
        <span className="text-sm text-muted">oder Strg+Enter</span>
      </p>
    </form>
  );
}

/** An entry's edit form (in its "Bearbeiten" box); carries the version it started from, so a stale edit is refused. */
export function EditEntryForm({ entryId, action, initial, pictures }: { entryId: number; action: EntryAction; initial: EntryFormValues; pictures: LibraryPicture[] }) {
  const [state, formAction, pending] = useActionState<EntryState, FormData>(action, {});
  const round = useAnswerRound(state);
  const values = state.values ?? initial;
  return (
    <form key={round} action={formAction} onKeyDown={submitOnCtrlEnter} className="mt-3 space-y-3" noValidate>
      <input type="hidden" name="version" value={values.version} />
      <FormProblem errors={state.errors} />
      {state.published && !state.errors ? <p role="status" className="text-green-900">Änderung gespeichert.</p> : null}
      <EntryFields
        prefix={`bearbeiten-${entryId}`}
        values={values}
        errors={state.errors}
        labels={{ body: "Text ändern", headline: "Überschrift ändern" }}
        pictures={pictures}
        flags
      />
      <button type="submit" disabled={pending} className="rounded bg-brand-fill px-4 py-1.5 font-semibold text-white disabled:opacity-60">
        Änderung speichern
      </button>
    </form>
  );
}

/** "Liveticker beenden" with an optional closing entry. */
export function EndTickerForm({ action, pictures }: { action: EntryAction; pictures: LibraryPicture[] }) {
  const [state, formAction, pending] = useActionState<EntryState, FormData>(action, {});
  const round = useAnswerRound(state);
  return (
    <form key={round} action={formAction} className="mt-3 space-y-3" noValidate>
      <FormProblem errors={state.errors} />
      <EntryFields
        prefix="schluss"
        values={state.values ?? EMPTY}
        errors={state.errors}
        labels={{ body: "Schlusseintrag (optional)", headline: "Überschrift des Schlusseintrags (optional)" }}
        pictures={pictures}
        flags={false}
      />
      <button type="submit" disabled={pending} className="rounded border border-accent px-4 py-2 font-semibold text-accent hover:bg-red-50 disabled:opacity-60">
        Liveticker beenden
      </button>
    </form>
  );
}
