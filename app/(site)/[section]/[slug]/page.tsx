import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { ArticleView } from "@/components/site/article-view";
import { JsonLd } from "@/components/site/json-ld";
import { getArticle, getArticleRedirect, getRelatedArticles } from "@/lib/articles";
import { articleBreadcrumbJsonLd, newsArticleJsonLd } from "@/lib/json-ld";
import { buildMetadata, pageSeo } from "@/lib/seo";
import { isValidSlug } from "@/lib/slug";

async function loadArticle(props: PageProps<"/[section]/[slug]">) {
  await connection();
  const { section, slug } = await props.params;
  if (!isValidSlug(section) || !isValidSlug(slug)) notFound();
  const article = await getArticle(section, slug);
  if (article) return article;
  const movedTo = await getArticleRedirect(section, slug);
  if (movedTo) permanentRedirect(movedTo);
  notFound();
}

export async function generateMetadata(props: PageProps<"/[section]/[slug]">): Promise<Metadata> {
  const article = await loadArticle(props);
  return buildMetadata(pageSeo.article(article));
}

export default async function ArticlePage(props: PageProps<"/[section]/[slug]">) {
  const article = await loadArticle(props);
  const related = await getRelatedArticles(article.id, article.section.id);
  return (
    <>
      <JsonLd data={[newsArticleJsonLd(article), articleBreadcrumbJsonLd(article)]} />
      <ArticleView article={article} related={related} />
    </>
  );
}
