import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleList } from "@/components/site/article-teaser";
import { Pagination } from "@/components/site/pagination";
import { getTopicPage, parsePageParam, paths } from "@/lib/articles";
import { buildMetadata, pageSeo } from "@/lib/seo";
import { isValidSlug } from "@/lib/slug";

async function loadTopicPage(props: PageProps<"/thema/[slug]">) {
  await connection();
  const [{ slug }, search] = await Promise.all([props.params, props.searchParams]);
  if (!isValidSlug(slug)) notFound();
  const page = parsePageParam(search.seite);
  const data = await getTopicPage(slug, page);
  if (!data || page > data.articles.pageCount) notFound();
  return data;
}


export async function generateMetadata(props: PageProps<"/thema/[slug]">): Promise<Metadata> {
  const { tag, articles } = await loadTopicPage(props);
  return buildMetadata(pageSeo.topic(tag, articles.page));
}

export default async function TopicPage(props: PageProps<"/thema/[slug]">) {
  const { tag, articles } = await loadTopicPage(props);
  return (
    <>
      <header className="mb-8 border-b border-rule pb-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">Thema</p>
        <h1 className="font-serif text-4xl font-bold">{tag.name}</h1>
        <p className="mt-2 text-muted">
          {articles.total} {articles.total === 1 ? "Artikel" : "Artikel"}
        </p>
      </header>
      <ArticleList articles={articles.items} showSection />
      <Pagination page={articles.page} pageCount={articles.pageCount} hrefFor={(p) => paths.topic(tag.slug, p)} />
    </>
  );
}
