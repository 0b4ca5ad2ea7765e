import type { Metadata } from "next";
import { connection } from "next/server";
import { ActionButton } from "@/components/admin/action-button";
import { SimpleForm } from "@/components/admin/simple-form";
import { listTagsWithCounts } from "@/lib/admin";
import { requireUser } from "@/lib/auth";
import { createTagAction, deleteTagAction, renameTagAction } from "../verwaltung-actions";

export const metadata: Metadata = { title: "Themen – Redaktion", robots: { index: false, follow: false } };

export default async function TagsAdminPage() {
  await connection();
  await requireUser(["ADMIN", "EDITOR"]);
  const tags = await listTagsWithCounts();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Themen</h1>
      <section aria-labelledby="neu" className="mt-6 max-w-xl">
        <h2 id="neu" className="font-serif text-xl font-bold">Neues Thema</h2>
        <div className="mt-3">
          <SimpleForm idPrefix="thema-neu" action={createTagAction} submitLabel="Thema anlegen" fields={[{ name: "name", label: "Name" }]} />
        </div>
      </section>
      <ul className="mt-8 divide-y divide-rule">
        {tags.map((tag) => (
          <li key={tag.id} className="flex flex-wrap items-start justify-between gap-4 py-3">
            <div className="min-w-64 flex-1">
              <p className="font-semibold">
                {tag.name} <span className="text-sm font-normal text-muted">/thema/{tag.slug} · {tag.articles} Artikel</span>
              </p>
              <details className="mt-1">
                <summary className="cursor-pointer text-sm">Umbenennen</summary>
                <div className="mt-2 max-w-md">
                  <SimpleForm
                    idPrefix={`thema-${tag.id}`}
                    action={renameTagAction.bind(null, tag.id)}
                    submitLabel="Speichern"
                    fields={[{ name: "name", label: "Name", defaultValue: tag.name }]}
                  />
                </div>
              </details>
            </div>
            <ActionButton action={deleteTagAction.bind(null, tag.id)} label="Löschen" danger />
          </li>
        ))}
      </ul>
    </>
  );
}
