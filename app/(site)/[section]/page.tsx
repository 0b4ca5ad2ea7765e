import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleList } from "@/components/site/article-teaser";
import { EsiInclude } from "@/components/site/esi";
import { SectionMostRead } from "@/components/site/most-read";
import { Pagination } from "@/components/site/pagination";
import { getSectionPage, parsePageParam, paths } from "@/lib/articles";
import { buildMetadata, pageSeo } from "@/lib/seo";
import { isValidSlug } from "@/lib/slug";

async function loadSectionPage(props: PageProps<"/[section]">) {
  await connection();
  const [{ section: slug }, search] = await Promise.all([props.params, props.searchParams]);
  if (!isValidSlug(slug)) notFound();
  const page = parsePageParam(search.seite);
  const data = await getSectionPage(slug, page);
  if (!data || page > data.articles.pageCount) notFound();
  return data;
}

export async function generateMetadata(props: PageProps<"/[section]">): Promise<Metadata> {
  const { section, articles } = await loadSectionPage(props);
  return buildMetadata(pageSeo.section(section, articles.page));
}

export default async function SectionPage(props: PageProps<"/[section]">) {
  const { section, articles } = await loadSectionPage(props);
  return (
    <>
      <header className="mb-8 border-b border-rule pb-4">
        <h1 className="font-serif text-4xl font-bold">{section.name}</h1>
        {section.description && <p className="mt-2 text-muted">{section.description}</p>}
        {articles.page > 1 && <p className="mt-1 text-sm text-muted">Seite {articles.page} von {articles.pageCount}</p>}
      </header>
      <ArticleList articles={articles.items} />
      <Pagination page={articles.page} pageCount={articles.pageCount} hrefFor={(p) => paths.section(section.slug, p)} />
      <div className="render-when-near mt-10">
        <EsiInclude src={`/esi/beliebt/${section.slug}`}>
          <SectionMostRead section={section} />
        </EsiInclude>
      </div>
    </>
  );
}
