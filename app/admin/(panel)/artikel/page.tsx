import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Pagination } from "@/components/site/pagination";
import { ARTICLE_STATUSES, listArticlesForAdmin, listAuthorsForAdmin, listSectionsForAdmin } from "@/lib/admin";
import { parseId } from "@/lib/ids";
import { formatDateTime } from "@/lib/dates";
import { parsePageParam } from "@/lib/articles";
import { requireUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Artikel – Redaktion", robots: { index: false, follow: false } };

const statusNames = { DRAFT: "Entwurf", SCHEDULED: "Geplant", PUBLISHED: "Veröffentlicht", ARCHIVED: "Archiviert" } as const;

function one(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}

export default async function AdminArticlesPage(props: PageProps<"/admin/artikel">) {
  await connection();
  const user = await requireUser();
  const search = await props.searchParams;
  const status = ARTICLE_STATUSES.find((s) => s === one(search.status));
  // Hand-edited URLs (?ressort=1.5, ids beyond 32 bits) filter nothing.
  const sectionId = parseId(one(search.ressort));
  const authorId = parseId(one(search.autor));
  const title = one(search.titel).trim().slice(0, 200);
  const page = parsePageParam(search.seite);
  const [articles, sections, authors] = await Promise.all([
    listArticlesForAdmin(user, { status, sectionId, authorId, title: title || undefined, page }),
    listSectionsForAdmin(),
    listAuthorsForAdmin(),
  ]);
  const query = (p: number) => {
    const params = new URLSearchParams();
    if (status) params.set("status", status);
    if (sectionId) params.set("ressort", String(sectionId));
    if (authorId) params.set("autor", String(authorId));
    if (title) params.set("titel", title);
    if (p > 1) params.set("seite", String(p));
    const text = params.toString();
    return text ? `/admin/artikel?${text}` : "/admin/artikel";
  };
  const field = "mt-1 w-full rounded border border-rule px-2 py-1.5";
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Artikel</h1>
        <Link href="/admin/artikel/neu" className="rounded bg-brand-fill px-4 py-2 font-semibold text-white">
          Neuer Artikel
        </Link>
      </div>
      <form method="get" action="/admin/artikel" className="mt-6 grid gap-3 rounded border border-rule p-4 sm:grid-cols-5 sm:items-end">
        <div className="sm:col-span-2">
          <label htmlFor="titel" className="text-sm font-semibold">Titel enthält</label>
          <input id="titel" name="titel" defaultValue={title} className={field} />
        </div>
        <div>
          <label htmlFor="status" className="text-sm font-semibold">Status</label>
          <select id="status" name="status" defaultValue={status ?? ""} className={field}>
            <option value="">alle</option>
            {ARTICLE_STATUSES.map((s) => (
              <option key={s} value={s}>{statusNames[s]}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="ressort" className="text-sm font-semibold">Ressort</label>
          <select id="ressort" name="ressort" defaultValue={sectionId ?? ""} className={field}>
            <option value="">alle</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="autor" className="text-sm font-semibold">Autor/in</label>
          <select id="autor" name="autor" defaultValue={authorId ?? ""} className={field}>
            <option value="">alle</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>{a.name}</option>
            ))}
          </select>
        </div>
        <div className="sm:col-span-5">
          <button type="submit" className="rounded bg-brand-fill px-4 py-2 font-semibold text-white">Filtern</button>
        </div>
      </form>
      <p className="mt-6 text-sm text-muted">{articles.total} Artikel</p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-rule text-muted">
            <tr>
              <th scope="col" className="py-2 pr-3">Titel</th>
              <th scope="col" className="py-2 pr-3">Ressort</th>
              <th scope="col" className="py-2 pr-3">Status</th>
              <th scope="col" className="py-2 pr-3">Veröffentlichung</th>
              <th scope="col" className="py-2 pr-3">Geändert</th>
              <th scope="col" className="py-2 text-right">Aufrufe</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-rule">
            {articles.items.map((article) => (
              <tr key={article.id}>
                <td className="py-2 pr-3">
                  <Link href={article.liveticker ? `/admin/liveticker/${article.id}` : `/admin/artikel/${article.id}`} className="font-semibold text-brand hover:underline">
                    {article.liveticker && <span className="mr-1 text-xs font-bold uppercase">Liveticker:</span>}
                    {article.title}
                  </Link>
                  <span className="block text-xs text-muted">{article.authors.join(", ")}</span>
                </td>
                <td className="py-2 pr-3">{article.section}</td>
                <td className="py-2 pr-3">{statusNames[article.status]}</td>
                <td className="py-2 pr-3">{article.publishedAt ? formatDateTime(article.publishedAt) : "–"}</td>
                <td className="py-2 pr-3">{formatDateTime(article.updatedAt)}</td>
                <td className="py-2 text-right tabular-nums">{article.totalViews.toLocaleString("de-DE")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={articles.page} pageCount={articles.pageCount} hrefFor={query} />
    </>
  );
}
