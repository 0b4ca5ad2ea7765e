import { Link } from "./link";
import type { ReactNode } from "react";
import { paths, type ArticleFull } from "@/lib/articles";
import { absoluteUrl } from "@/lib/seo";
import { ArticleTime } from "./article-time";
import { ResponsivePicture } from "./picture";
import { fullSources } from "@/lib/media/client-safe";

function Byline({ article }: { article: ArticleFull }) {
  if (article.authors.length === 0) return null;
  return (
    <p className="font-semibold">
      Von{" "}
      {article.authors.map((author, i) => (
        <span key={author.slug}>
          {i > 0 && (i === article.authors.length - 1 ? " und " : ", ")}
          <Link href={paths.author(author.slug)} rel="author" className="text-brand underline-offset-2 hover:underline">
            {author.name}
          </Link>
        </span>
      ))}
    </p>
  );
}

/** An article as readers see it; `moreFrom` is the "Mehr aus <Ressort>" box below it (components/site/more-from-section.tsx). */
export function ArticleView({ article, moreFrom, live }: { article: ArticleFull; moreFrom: ReactNode; live?: ReactNode }) {
  const wasUpdated = article.updatedAt.getTime() - article.publishedAt.getTime() > 60_000;
  return (
    <>
      <article className="mx-auto max-w-3xl">
        <nav aria-label="Brotkrumen" className="mb-4 text-sm text-muted print:hidden">
          <Link href={paths.front()} className="hover:underline">
            Startseite
          </Link>
          {" › "}
          <Link href={paths.section(article.section.slug)} className="hover:underline">
            {article.section.name}
          </Link>
        </nav>
        <header>
          {article.kicker && <p className="text-lg font-semibold text-accent">{article.kicker}</p>}
          <h1 className="mt-1 font-serif text-4xl font-bold leading-tight sm:text-5xl">{article.title}</h1>
          <p className="mt-4 font-serif text-xl leading-relaxed text-ink/90">{article.teaser}</p>
          <div className="mt-6 flex flex-col gap-1 border-y border-rule py-3 text-sm text-muted">
            <Byline article={article} />
            <p>
              Veröffentlicht am <ArticleTime date={article.publishedAt} />
              {wasUpdated && (
                <>
                  {" · "}Aktualisiert am <ArticleTime date={article.updatedAt} />
                </>
              )}
            </p>
            {article.kind !== "LIVETICKER" && (
              <p>Lesezeit: {article.readingMinutes} {article.readingMinutes === 1 ? "Minute" : "Minuten"}</p>
            )}
          </div>
        </header>
        {article.picture ? (
          <figure className="mt-6">
            <ResponsivePicture
              sources={fullSources(article.picture)}
              alt={article.imageAlt ?? ""}
              sizes="(min-width: 800px) 768px, calc(100vw - 2rem)"
              priority
              className="h-auto w-full rounded"
            />
            {(article.imageCaption || article.imageCredit) && (
              <figcaption className="mt-1 text-xs text-muted">
                {article.imageCaption}
                {article.imageCaption && article.imageCredit && " "}
                {article.imageCredit && <>Foto: {article.imageCredit}</>}
              </figcaption>
            )}
          </figure>
        ) : article.imageUrl && (
          <figure className="mt-6">
            {/* Editors' images may come from anywhere; plain img keeps the HTML self-contained. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={article.imageUrl} alt={article.imageAlt ?? ""} className="w-full rounded" width={1200} height={675} />
            {article.imageCredit && (
              <figcaption className="mt-1 text-xs text-muted">Foto: {article.imageCredit}</figcaption>
            )}
          </figure>
        )}
        <div
          className="prose prose-lg mt-8 max-w-none font-serif prose-headings:font-sans prose-headings:font-bold prose-a:text-brand"
          dangerouslySetInnerHTML={{ __html: article.bodyHtml }}
        />
        {/* A Liveticker's entries follow its introduction (components/site/live-ticker.tsx). */}
        {live}
        {article.tags.length > 0 && (
          <section aria-labelledby="themen" className="mt-10 print:hidden">
            <h2 id="themen" className="text-sm font-semibold uppercase tracking-wide text-muted">
              Themen
            </h2>
            <ul className="mt-2 flex flex-wrap gap-2">
              {article.tags.map((tag) => (
                <li key={tag.slug}>
                  <Link
                    href={paths.topic(tag.slug)}
                    className="inline-block rounded-full border border-rule px-3 py-1 text-sm hover:border-brand hover:text-brand"
                  >
                    {tag.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        {/* Paper has no links: a printed article says where it lives. */}
        <p className="mt-8 hidden border-t border-rule pt-2 text-sm print:block">
          Online: {absoluteUrl(article.path)}
        </p>
      </article>
      {moreFrom}
    </>
  );
}
