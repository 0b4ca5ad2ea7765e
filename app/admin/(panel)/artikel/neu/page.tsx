import type { Metadata } from "next";
import { connection } from "next/server";
import { ArticleForm } from "@/components/admin/article-form";
import { listAuthorsForAdmin, listSectionsForAdmin } from "@/lib/admin-articles";
import { requireUser } from "@/lib/session";
import { EMPTY_FORM_VALUES } from "@/lib/validations/article";

export const metadata: Metadata = { title: "Neuer Artikel – Redaktion", robots: { index: false, follow: false } };

export default async function NewArticlePage() {
  await connection();
  const user = await requireUser();
  const [sections, authors] = await Promise.all([listSectionsForAdmin(), listAuthorsForAdmin()]);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Neuer Artikel</h1>
      <ArticleForm articleId={null} initial={EMPTY_FORM_VALUES} sections={sections} authors={authors} canPublish={user.role !== "AUTHOR"} />
    </>
  );
}
