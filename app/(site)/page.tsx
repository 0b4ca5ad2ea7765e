import type { Metadata } from "next";
import { Link } from "@/components/site/link";
import { connection } from "next/server";
import { ArticleTeaser } from "@/components/site/article-teaser";
import { EsiInclude } from "@/components/site/esi";
import { SiteMostRead } from "@/components/site/most-read";
import { JsonLd } from "@/components/site/json-ld";
import { getFrontPage, paths } from "@/lib/articles";
import { organizationJsonLd, webSiteJsonLd, buildMetadata, pageSeo } from "@/lib/seo";

export async function generateMetadata(): Promise<Metadata> {
  await connection();
  return buildMetadata(pageSeo.front());
}

export default async function FrontPage() {
  await connection();
  const { lead, sections } = await getFrontPage();
  return (
    <>
      <JsonLd data={[organizationJsonLd(), webSiteJsonLd()]} />
      <h1 className="sr-only">Rundblick – Nachrichten</h1>
      {/* The top story and, beside it on wide screens, the most-read box. */}
      <div className="grid gap-8 border-b border-rule pb-8 lg:grid-cols-3">
        {lead ? (
          <section aria-label="Aufmacher" className="lg:col-span-2">
            <ArticleTeaser article={lead} variant="lead" headingLevel={2} showSection priority />
          </section>
        ) : (
          <p className="lg:col-span-2">Noch keine Artikel veröffentlicht.</p>
        )}
        <div>
          <EsiInclude src="/esi/beliebt">
            <SiteMostRead />
          </EsiInclude>
        </div>
      </div>
      {sections.map(({ section, articles }) => (
        <section key={section.id} aria-labelledby={`ressort-${section.slug}`} className="render-when-near border-b border-rule py-8">
          <h2 id={`ressort-${section.slug}`} className="mb-5 font-serif text-2xl font-bold">
            <Link href={paths.section(section.slug)} className="hover:underline">
              {section.name}
            </Link>
          </h2>
          <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
            {articles.map((article) => (
              <li key={article.id}>
                <ArticleTeaser article={article} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
