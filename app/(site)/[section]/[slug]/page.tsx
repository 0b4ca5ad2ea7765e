import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { ArticleView } from "@/components/site/article-view";
import { MostRead } from "@/components/site/most-read";
import { JsonLd } from "@/components/site/json-ld";
import { PreviewBanner } from "@/components/site/preview-banner";
import { ViewBeacon } from "@/components/site/view-beacon";
import { getArticle, getArticleForPreview, getArticleRedirect, getRelatedArticles } from "@/lib/articles";
import { getMostReadBox } from "@/lib/popularity";
import { parseWindowParam, withWindowParam } from "@/lib/popularity/rank";
import { articleBreadcrumbJsonLd, newsArticleJsonLd } from "@/lib/seo/json-ld";
import { buildMetadata, pageSeo } from "@/lib/seo/metadata";
import { getCurrentUser } from "@/lib/auth/session";
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
  const mostReadWindow = parseWindowParam((await props.searchParams).beliebt);
  const [related, mostRead, preview] = await Promise.all([
    getRelatedArticles(article.id, article.section.id),
    getMostReadBox({ window: mostReadWindow }),
    isEditorPreview(),
  ]);
  return (
    <>
      {preview ? <PreviewBanner status={article.status} /> : <JsonLd data={[newsArticleJsonLd(article), articleBreadcrumbJsonLd(article)]} />}
      <ArticleView article={article} related={related} />
      <div className="mx-auto mt-10 max-w-6xl">
        <MostRead box={mostRead} hrefFor={(w) => withWindowParam(article.path, w)} />
      </div>
      {/* An editor's preview is not a reader's view. */}
      {!preview && <ViewBeacon articleId={article.id} />}
    </>
  );
}
