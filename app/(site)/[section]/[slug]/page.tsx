import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { ArticleView } from "@/components/site/article-view";
import { JsonLd } from "@/components/site/json-ld";
import { PreviewBanner } from "@/components/site/preview-banner";
import { getArticle, getArticleForPreview, getArticleRedirect, getRelatedArticles } from "@/lib/articles";
import { articleBreadcrumbJsonLd, newsArticleJsonLd } from "@/lib/json-ld";
import { buildMetadata, pageSeo } from "@/lib/seo";
import { getCurrentUser } from "@/lib/session";
import { isValidSlug } from "@/lib/slug";

async function loadArticle(props: PageProps<"/[section]/[slug]">) {
  await connection();
  const { section, slug } = await props.params;
  if (!isValidSlug(section) || !isValidSlug(slug)) notFound();
  if (await isEditorPreview()) {
    const draft = await getArticleForPreview(section, slug);
    if (draft) return draft;
  }
  const article = await getArticle(section, slug);
  if (article) return article;
  const movedTo = await getArticleRedirect(section, slug);
  if (movedTo) permanentRedirect(movedTo);
  notFound();
}

/** Draft mode alone is not enough: the preview also needs an editor's session. */
async function isEditorPreview(): Promise<boolean> {
  return (await draftMode()).isEnabled && (await getCurrentUser()) !== null;
}

export async function generateMetadata(props: PageProps<"/[section]/[slug]">): Promise<Metadata> {
  const article = await loadArticle(props);
  // An editor's preview (maybe of a draft) is never indexed.
  return buildMetadata({ ...pageSeo.article(article), noindex: await isEditorPreview() });
}

export default async function ArticlePage(props: PageProps<"/[section]/[slug]">) {
  const article = await loadArticle(props);
  const related = await getRelatedArticles(article.id, article.section.id);
  const preview = await isEditorPreview();
  return (
    <>
      {preview ? <PreviewBanner status={article.status} /> : <JsonLd data={[newsArticleJsonLd(article), articleBreadcrumbJsonLd(article)]} />}
      <ArticleView article={article} related={related} />
    </>
  );
}
