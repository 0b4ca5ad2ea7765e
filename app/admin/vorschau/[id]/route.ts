import { draftMode } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getArticlePath } from "@/lib/articles";
import { canEdit, loadArticleForEditor } from "@/lib/admin/article-editor";
import { requireUser } from "@/lib/auth/session";

// Opens the real article page for a draft or scheduled article: draft mode for
// this browser only, and the page itself checks the editor's session again.
export async function GET(_request: Request, context: RouteContext<"/admin/vorschau/[id]">) {
  const user = await requireUser();
  const { id } = await context.params;
  const article = /^\d{1,9}$/.test(id) ? await loadArticleForEditor(Number(id)) : null;
  if (!article || !canEdit(user, article)) notFound();
  const path = await getArticlePath(article.id);
  if (!path) notFound();
  (await draftMode()).enable();
  redirect(path);
}
