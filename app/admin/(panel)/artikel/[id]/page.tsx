import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { previewMarkdownAction, restoreRevisionAction, saveArticleAction } from "../actions";
import { saveTickerAction } from "../../liveticker/actions";
import { ArticleForm } from "@/components/admin/article-form";
import { ArticleViewsSection } from "@/components/admin/article-views";
import { listAuthorsForAdmin, listSectionsForAdmin, formValuesOf, canEdit, loadArticleForEditor, getArticleViews } from "@/lib/admin";
import { formatDateTime } from "@/lib/dates";
import { parseId } from "@/lib/ids";
import { requireUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Artikel bearbeiten – Redaktion", robots: { index: false, follow: false } };

export default async function EditArticlePage(props: PageProps<"/admin/artikel/[id]">) {
  await connection();
  const user = await requireUser();
  const [{ id: idParam }, search] = await Promise.all([props.params, props.searchParams]);
  const id = parseId(idParam);
  const article = id ? await loadArticleForEditor(id) : null;
  if (!article || !canEdit(user, article)) notFound();
  const [sections, authors, views] = await Promise.all([listSectionsForAdmin(), listAuthorsForAdmin(), getArticleViews(article.id)]);
  const saved = typeof search.gespeichert === "string";
  const problem = typeof search.fehler === "string" ? search.fehler : null;
  const isTicker = article.kind === "LIVETICKER";

  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">{isTicker ? "Liveticker: Angaben bearbeiten" : "Artikel bearbeiten"}</h1>
        <p className="flex flex-wrap gap-4 text-sm">
          {views && (
            <a href="#aufrufe" className="underline">
              {views.total.toLocaleString("de-DE")} {views.total === 1 ? "Aufruf" : "Aufrufe"}
            </a>
          )}
          {/* A plain link to the preview page (/admin/vorschau/<id>), in a new tab; never prefetched. */}
          <a href={`/admin/vorschau/${article.id}`} className="font-semibold text-brand underline" target="_blank" rel="noopener">
            Vorschau öffnen
          </a>
          {isTicker && <Link href={`/admin/liveticker/${article.id}`} className="font-semibold underline">Zu den Einträgen</Link>}
          <Link href="/admin/artikel" className="underline">Zur Artikelliste</Link>
        </p>
      </div>
      {saved && (
        <p role="status" className="mt-4 rounded border border-green-700/40 bg-green-50 px-3 py-2 text-green-900">
          Gespeichert (Version {article.version}).
        </p>
      )}
      {problem && (
        <p role="alert" className="mt-4 rounded border border-accent/40 bg-red-50 px-3 py-2 text-accent">{problem}</p>
      )}
      <ArticleForm
        key={article.version}
        initial={formValuesOf(article)}
        picture={article.pictureSummary}
        sections={sections}
        authors={authors}
        canPublish={user.role !== "AUTHOR"}
        saveAction={(isTicker ? saveTickerAction : saveArticleAction).bind(null, article.id)}
        previewAction={previewMarkdownAction}
        bodyLabel={isTicker ? "Einleitung (Markdown, optional)" : undefined}
      />
      {views && <ArticleViewsSection views={views} />}
      <section aria-labelledby="versionen" className="mt-12">
        <h2 id="versionen" className="font-serif text-2xl font-bold">Versionen</h2>
        <ol className="mt-3 divide-y divide-rule text-sm">
          {article.revisions.map((revision) => (
            <li key={revision.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                Version {revision.version} · {formatDateTime(revision.createdAt)} · {revision.editor?.name ?? "Import"}
              </span>
              {revision.version !== article.version && (
                <form action={restoreRevisionAction.bind(null, article.id, revision.id, article.version)}>
                  <button type="submit" className="rounded border border-rule px-3 py-1 hover:bg-neutral-100">
                    Version {revision.version} wiederherstellen
                  </button>
                </form>
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
