import type { Metadata } from "next";
import { connection } from "next/server";
import { ArticleForm } from "@/components/admin/article-form";
import { previewMarkdownAction, saveArticleAction } from "../actions";
import { listAuthorsForAdmin, listSectionsForAdmin } from "@/lib/admin/article-list";
import { requireUser } from "@/lib/auth/session";
import { EMPTY_FORM_VALUES } from "@/lib/admin/article-input";

export const metadata: Metadata = { title: "Neuer Artikel – Redaktion", robots: { index: false, follow: false } };

export default async function NewArticlePage() {
  await connection();
  const user = await requireUser();
  const [sections, authors] = await Promise.all([listSectionsForAdmin(), listAuthorsForAdmin()]);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Neuer Artikel</h1>
      <ArticleForm
        initial={EMPTY_FORM_VALUES}
        sections={sections}
        authors={authors}
        canPublish={user.role !== "AUTHOR"}
        saveAction={saveArticleAction.bind(null, null)}
        previewAction={previewMarkdownAction}
      />
    </>
  );
}
