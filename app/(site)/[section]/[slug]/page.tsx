import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { ArticleView } from "@/components/site/article-view";
import { EsiInclude } from "@/components/site/esi";
import { SiteMostRead } from "@/components/site/most-read";
import { MoreFromSection, MoreFromSectionSelf } from "@/components/site/more-from-section";
import { JsonLd } from "@/components/site/json-ld";
import { LiveTicker } from "@/components/site/live-ticker";
import { getArticle, getArticleRedirect, type ArticleFull } from "@/lib/articles";
import { getOlderEntries, getTickerEntriesForSeo, getTickerHead, entryAnchor } from "@/lib/live";
import { parseId } from "@/lib/ids";
import { articleBreadcrumbJsonLd, liveBlogPostingJsonLd, newsArticleJsonLd, buildMetadata, pageSeo } from "@/lib/seo";
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

/**
 * A Liveticker's entries: the first page (newest entries, pinned, "Das
 * Wichtigste", the update script while it runs), or with `?vor=<entry>` a
 * page of the entries before that one.
 */
async function loadTicker(article: ArticleFull, vorParam: string | string[] | undefined) {
  const live = article.live ?? { latestAt: null, endedAt: null };
  if (vorParam !== undefined) {
    const before = parseId(vorParam);
    if (!before) notFound();
    const older = await getOlderEntries(article.id, before);
    if (older.entries.length === 0) notFound();
    return { live, firstPage: false, entries: older.entries, top: null, olderBefore: older.olderBefore, version: 0, seoEntries: null };
  }
  const [head, seoEntries] = await Promise.all([getTickerHead(article.id), getTickerEntriesForSeo(article.id)]);
  return { live: { ...live, latestAt: head.latestAt }, firstPage: true, entries: head.entries, top: head, olderBefore: head.olderBefore, version: head.version, seoEntries, firstIds: new Set(head.entries.map((e) => e.id)) };
}

export default async function ArticlePage(props: PageProps<"/[section]/[slug]">) {
  const article = await loadArticle(props);
  const ticker = article.kind === "LIVETICKER" ? await loadTicker(article, (await props.searchParams).vor) : null;
  const structured = ticker?.seoEntries
    ? liveBlogPostingJsonLd(article, ticker.seoEntries, (id) =>
        ticker.firstIds?.has(id) ? `${article.path}#${entryAnchor(id)}` : `${article.path}?vor=${id + 1}#${entryAnchor(id)}`,
      )
    : newsArticleJsonLd(article);
  return (
    <>
      <JsonLd data={[structured, articleBreadcrumbJsonLd(article)]} />
      {ticker?.firstPage && !ticker.live.endedAt && (
        // The update script (public/liveticker.js): only on a running ticker's first page.
        <script src="/liveticker.js" async />
      )}
      <ArticleView
        article={article}
        live={
          ticker && (
            <LiveTicker
              path={article.path}
              live={ticker.live}
              entries={ticker.entries}
              top={ticker.top}
              olderBefore={ticker.olderBefore}
              firstPage={ticker.firstPage}
              version={ticker.version}
            />
          )
        }
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
