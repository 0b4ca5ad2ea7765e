import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { ArticleView } from "@/components/site/article-view";
import { MostRead } from "@/components/site/most-read";
import { ViewBeacon } from "@/components/site/view-beacon";
import { getArticle, getArticleRedirect, getRelatedArticles } from "@/lib/articles";
import { getMostReadBox } from "@/lib/popularity";
import { parseWindowParam, withWindowParam } from "@/lib/popularity-rank";
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
  return {
    title: article.seoTitle ?? article.title,
    description: article.seoDescription ?? article.teaser,
  };
}

export default async function ArticlePage(props: PageProps<"/[section]/[slug]">) {
  const article = await loadArticle(props);
  const mostReadWindow = parseWindowParam((await props.searchParams).beliebt);
  const [related, mostRead] = await Promise.all([
    getRelatedArticles(article.id, article.section.id),
    getMostReadBox({ window: mostReadWindow }),
  ]);
  return (
    <>
      <ArticleView article={article} related={related} />
      <div className="mx-auto mt-10 max-w-6xl">
        <MostRead box={mostRead} hrefFor={(w) => withWindowParam(article.path, w)} />
      </div>
      <ViewBeacon articleId={article.id} />
    </>
  );
}
