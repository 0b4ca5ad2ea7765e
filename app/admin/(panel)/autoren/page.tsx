import type { Metadata } from "next";
import { connection } from "next/server";
import { ActionButton } from "@/components/admin/action-button";
import { SimpleForm } from "@/components/admin/simple-form";
import { listAuthorsWithCounts } from "@/lib/admin";
import { requireUser } from "@/lib/auth";
import { createAuthorAction, deleteAuthorAction, updateAuthorAction } from "../verwaltung-actions";

export const metadata: Metadata = { title: "Autorinnen und Autoren – Redaktion", robots: { index: false, follow: false } };

const fields = (author?: { name: string; jobTitle: string; bio: string }) => [
  { name: "name", label: "Name", defaultValue: author?.name },
  { name: "jobTitle", label: "Funktion", defaultValue: author?.jobTitle },
  { name: "bio", label: "Kurzbiografie", type: "textarea" as const, defaultValue: author?.bio },
];

export default async function AuthorsAdminPage() {
  await connection();
  await requireUser(["ADMIN", "EDITOR"]);
  const authors = await listAuthorsWithCounts();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Autorinnen und Autoren</h1>
      <ul className="mt-6 divide-y divide-rule">
        {authors.map((author) => (
          <li key={author.id} className="flex flex-wrap items-start justify-between gap-4 py-3">
            <div className="min-w-64 flex-1">
              <p className="font-semibold">
                {author.name}{" "}
                <span className="text-sm font-normal text-muted">
                  /autor/{author.slug} · {author.articles} Artikel{author.email ? ` · Konto ${author.email}` : ""}
                </span>
              </p>
              <details className="mt-1">
                <summary className="cursor-pointer text-sm">Bearbeiten</summary>
                <div className="mt-2 max-w-xl">
                  <SimpleForm idPrefix={`autor-${author.id}`} action={updateAuthorAction.bind(null, author.id)} submitLabel="Speichern" fields={fields(author)} />
                </div>
              </details>
            </div>
            <ActionButton action={deleteAuthorAction.bind(null, author.id)} label="Löschen" danger />
          </li>
        ))}
      </ul>
      <section aria-labelledby="neu" className="mt-10 max-w-xl">
        <h2 id="neu" className="font-serif text-2xl font-bold">Neues Autorenprofil</h2>
        <div className="mt-3">
          <SimpleForm idPrefix="autor-neu" action={createAuthorAction} submitLabel="Profil anlegen" fields={fields()} />
        </div>
      </section>
    </>
  );
}
