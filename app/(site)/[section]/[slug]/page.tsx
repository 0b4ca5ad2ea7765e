import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { ArticleView } from "@/components/site/article-view";
import { EsiInclude } from "@/components/site/esi";
import { SiteMostRead } from "@/components/site/most-read";
import { MoreFromSection, MoreFromSectionSelf } from "@/components/site/more-from-section";
import { JsonLd } from "@/components/site/json-ld";
import { getArticle, getArticleRedirect } from "@/lib/articles";
import { articleBreadcrumbJsonLd, newsArticleJsonLd, buildMetadata, pageSeo } from "@/lib/seo";
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
  return (
    <>
      <JsonLd data={[newsArticleJsonLd(article), articleBreadcrumbJsonLd(article)]} />
      <ArticleView
        article={article}
        moreFrom={
          // One piece per section, shared by all its articles: a publish there renders it again, not every article page.
          <>
            <MoreFromSectionSelf articleId={article.id} />
            <EsiInclude src={`/esi/mehr/${article.section.slug}`}>
              <MoreFromSection sectionSlug={article.section.slug} />
            </EsiInclude>
          </>
        }
      />
      <div className="render-when-near mx-auto mt-10 max-w-6xl print:hidden">
        <EsiInclude src="/esi/beliebt">
          <SiteMostRead />
        </EsiInclude>
      </div>
      {/* The view beacon (public/beacon.js, in the layout) counts the article it names here. */}
      <meta name="rundblick:article-id" content={String(article.id)} />
    </>
  );
}
