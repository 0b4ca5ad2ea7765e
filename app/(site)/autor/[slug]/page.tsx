import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleList } from "@/components/site/article-teaser";
import { Pagination } from "@/components/site/pagination";
import { getAuthorPage, parsePageParam, paths } from "@/lib/articles";
import { buildMetadata, pageSeo } from "@/lib/seo";
import { isValidSlug } from "@/lib/slug";

async function loadAuthorPage(props: PageProps<"/autor/[slug]">) {
  await connection();
  const [{ slug }, search] = await Promise.all([props.params, props.searchParams]);
  if (!isValidSlug(slug)) notFound();
  const page = parsePageParam(search.seite);
  const data = await getAuthorPage(slug, page);
  if (!data || page > data.articles.pageCount) notFound();
  return data;
}


export async function generateMetadata(props: PageProps<"/autor/[slug]">): Promise<Metadata> {
  const { author, articles } = await loadAuthorPage(props);
  return buildMetadata(pageSeo.author(author, articles.page));
}

export default async function AuthorPage(props: PageProps<"/autor/[slug]">) {
  const { author, articles } = await loadAuthorPage(props);
  return (
    <>
      <header className="mb-8 border-b border-rule pb-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">Autor/in</p>
        <h1 className="font-serif text-4xl font-bold">{author.name}</h1>
        {author.jobTitle && <p className="mt-1 text-lg text-accent">{author.jobTitle}</p>}
        {author.bio && <p className="mt-3 max-w-2xl">{author.bio}</p>}
      </header>
      <h2 className="mb-4 text-sm font-semibold uppercase tracking-wide text-muted">
        Artikel von {author.name} ({articles.total})
      </h2>
      <ArticleList articles={articles.items} showSection />
      <Pagination page={articles.page} pageCount={articles.pageCount} hrefFor={(p) => paths.author(author.slug, p)} />
    </>
  );
}
