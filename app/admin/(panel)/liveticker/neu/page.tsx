import type { Metadata } from "next";
import { connection } from "next/server";
import { ArticleForm } from "@/components/admin/article-form";
import { previewMarkdownAction } from "../../artikel/actions";
import { saveTickerAction } from "../actions";
import { listAuthorsForAdmin, listSectionsForAdmin, EMPTY_FORM_VALUES } from "@/lib/admin";
import { requireUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Neuer Liveticker – Redaktion", robots: { index: false, follow: false } };

export default async function NewTickerPage() {
  await connection();
  const user = await requireUser();
  const [sections, authors] = await Promise.all([listSectionsForAdmin(), listAuthorsForAdmin()]);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Neuer Liveticker</h1>
      <p className="mt-2 max-w-prose text-muted">
        Ein Liveticker hat die Angaben eines Artikels; sein Text ist eine optionale Einleitung über den Einträgen. Nach dem Speichern
        kommen Sie zur Seite des Livetickers, auf der Sie Einträge veröffentlichen.
      </p>
      <ArticleForm
        initial={EMPTY_FORM_VALUES}
        sections={sections}
        authors={authors}
        canPublish={user.role !== "AUTHOR"}
        saveAction={saveTickerAction.bind(null, null)}
        previewAction={previewMarkdownAction}
        bodyLabel="Einleitung (Markdown, optional)"
      />
    </>
  );
}
