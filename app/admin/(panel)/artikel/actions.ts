"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { restoreRevision, saveArticle, MAX_BODY_BYTES, parseArticleInput, readArticleForm, type SaveResult, type EditorState } from "@/lib/admin";
import { renderMarkdown } from "@/lib/articles";
import { requireUser } from "@/lib/auth";

function afterSave(result: Extract<SaveResult, { ok: true }>): never {
  // Readers see the change on their next request: these entries are gone, not stale.
  for (const tag of result.tagsToRevalidate) updateTag(tag);
  redirect(`/admin/artikel/${result.id}?gespeichert=${result.version}`);
}

export async function saveArticleAction(articleId: number | null, _previous: EditorState, formData: FormData): Promise<EditorState> {
  const user = await requireUser();
  const values = readArticleForm(formData);
  const parsed = parseArticleInput(values);
  if (!parsed.ok) return { errors: parsed.errors, values };
  const version = Number(values.version);
  const result = await saveArticle(user, articleId, parsed.input, articleId ? (Number.isInteger(version) ? version : -1) : null);
  if (!result.ok) return { errors: result.errors, values };
  afterSave(result);
}

export async function restoreRevisionAction(articleId: number, revisionId: number, version: number): Promise<void> {
  const user = await requireUser(["ADMIN", "EDITOR", "AUTHOR"]);
  const result = await restoreRevision(user, articleId, revisionId, version);
  if (!result.ok) redirect(`/admin/artikel/${articleId}?fehler=${encodeURIComponent(result.errors.form ?? Object.values(result.errors)[0] ?? "")}`);
  afterSave(result);
}

/** The editor's live preview, rendered by the same code as the public page. */
export async function previewMarkdownAction(body: string): Promise<string> {
  await requireUser();
  if (typeof body !== "string" || Buffer.byteLength(body, "utf8") > MAX_BODY_BYTES) return "<p>Der Text ist zu lang für die Vorschau.</p>";
  return renderMarkdown(body);
}
