import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { MoreFromSectionBox } from "@/components/site/more-from-section";
import { ArticleView } from "@/components/site/article-view";
import { PreviewBanner } from "@/components/site/preview-banner";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { canEdit, loadArticleForEditor } from "@/lib/admin";
import { getArticleForPreview, getRelatedArticles, getSections } from "@/lib/articles";
import { requireUser } from "@/lib/auth";
import { parseId } from "@/lib/ids";

// Rendered on request, complete before it is sent (like the reader pages).
export const instant = false;

export const metadata: Metadata = { title: "Vorschau – Redaktion", robots: { index: false, follow: false } };

/**
 * An editor's preview of any article they may edit, drafts and scheduled ones
 * included, looking as readers will see it. It lives under /admin, so the
 * public article page never depends on who is asking and stays cacheable.
 */
export default async function ArticlePreviewPage(props: PageProps<"/admin/vorschau/[id]">) {
  await connection();
  const user = await requireUser();
  const id = parseId((await props.params).id);
  const editable = id ? await loadArticleForEditor(id) : null;
  if (!editable || !canEdit(user, editable)) notFound();
  const [article, sections] = await Promise.all([getArticleForPreview(editable.id), getSections()]);
  if (!article) notFound();
  const related = await getRelatedArticles(article.id, article.section.id);
  return (
    <>
      <SiteHeader sections={sections} />
      <main id="inhalt" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <PreviewBanner status={article.status} editorHref={`/admin/artikel/${article.id}`} publicPath={article.path} />
        <ArticleView article={article} moreFrom={<MoreFromSectionBox section={article.section} articles={related} />} />
      </main>
      <SiteFooter sections={sections} />
    </>
  );
}
