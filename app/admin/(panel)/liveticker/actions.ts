"use server";

import { refresh, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { parseArticleInput, readArticleForm, saveArticle, type EditorState } from "@/lib/admin";
import { requireUser } from "@/lib/auth";
import {
  deleteEntry,
  editEntry,
  endTicker,
  parseEntryInput,
  publishEntry,
  readEntryForm,
  reopenTicker,
  setEntryFlag,
  type EntryErrors,
  type EntryFormValues,
  type LiveResult,
} from "@/lib/live";

/** What the entry forms' actions answer: field errors and the values sent, or a round number after a success (the form clears). */
export type EntryState = { errors?: EntryErrors; values?: EntryFormValues; published?: number };

/** Readers see the change on their next request, and open pages on their next poll: these entries are gone, not stale. */
function expire(result: Extract<LiveResult, { ok: true }>): void {
  for (const tag of new Set(result.tagsToExpire)) updateTag(tag);
  // The editor's own page lists the entries uncached: show it as it is now.
  refresh();
}

/** "Neuer Liveticker" and the ticker's own fields: the article form, saved as a ticker. */
export async function saveTickerAction(tickerId: number | null, _previous: EditorState, formData: FormData): Promise<EditorState> {
  const user = await requireUser();
  const values = readArticleForm(formData);
  const parsed = parseArticleInput(values, "LIVETICKER");
  if (!parsed.ok) return { errors: parsed.errors, values };
  const version = Number(values.version);
  const result = await saveArticle(user, tickerId, parsed.input, tickerId ? (Number.isInteger(version) ? version : -1) : null);
  if (!result.ok) return { errors: result.errors, values };
  for (const tag of result.tagsToRevalidate) updateTag(tag);
  redirect(tickerId ? `/admin/artikel/${result.id}?gespeichert=${result.version}` : `/admin/liveticker/${result.id}`);
}

export async function publishEntryAction(tickerId: number, previous: EntryState, formData: FormData): Promise<EntryState> {
  const user = await requireUser();
  const values = readEntryForm(formData);
  const parsed = parseEntryInput(values);
  if (!parsed.ok) return { errors: parsed.errors, values };
  const result = await publishEntry(user, tickerId, parsed.input);
  if (!result.ok) return { errors: result.errors, values };
  expire(result);
  return { published: (previous.published ?? 0) + 1 };
}

export async function editEntryAction(tickerId: number, entryId: number, previous: EntryState, formData: FormData): Promise<EntryState> {
  const user = await requireUser();
  const values = readEntryForm(formData);
  const parsed = parseEntryInput(values);
  if (!parsed.ok) return { errors: parsed.errors, values };
  const version = Number(values.version);
  const result = await editEntry(user, tickerId, entryId, parsed.input, Number.isInteger(version) ? version : -1);
  if (!result.ok) return { errors: result.errors, values };
  expire(result);
  return { published: (previous.published ?? 0) + 1 };
}

/** The small buttons (delete, pin, key event, reopen): an error comes back as the form's message. */
export type ButtonState = { errors?: { form?: string } };

function buttonAnswer(result: LiveResult): ButtonState {
  if (!result.ok) return { errors: { form: result.errors.form ?? Object.values(result.errors)[0] ?? "Das hat nicht geklappt." } };
  expire(result);
  return {};
}

export async function deleteEntryAction(tickerId: number, entryId: number): Promise<ButtonState> {
  const user = await requireUser();
  return buttonAnswer(await deleteEntry(user, tickerId, entryId));
}

export async function setEntryFlagAction(tickerId: number, entryId: number, flag: "pinned" | "keyEvent", value: boolean): Promise<ButtonState> {
  const user = await requireUser();
  if (flag !== "pinned" && flag !== "keyEvent") return { errors: { form: "Unbekannte Markierung." } };
  return buttonAnswer(await setEntryFlag(user, tickerId, entryId, flag, value === true));
}

export async function reopenTickerAction(tickerId: number): Promise<ButtonState> {
  const user = await requireUser();
  return buttonAnswer(await reopenTicker(user, tickerId));
}

/** "Liveticker beenden", with an optional closing entry (the entry form's fields; an empty text: none). */
export async function endTickerAction(tickerId: number, _previous: EntryState, formData: FormData): Promise<EntryState> {
  const user = await requireUser();
  const values = readEntryForm(formData);
  let closing = null;
  if (values.body.trim() !== "" || values.headline.trim() !== "" || values.pictureId.trim() !== "") {
    const parsed = parseEntryInput(values);
    if (!parsed.ok) return { errors: parsed.errors, values };
    closing = parsed.input;
  }
  const result = await endTicker(user, tickerId, closing);
  if (!result.ok) return { errors: result.errors, values };
  expire(result);
  return { published: 1 };
}
