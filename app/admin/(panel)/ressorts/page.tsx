import type { Metadata } from "next";
import { connection } from "next/server";
import { ActionButton } from "@/components/admin/action-button";
import { SimpleForm } from "@/components/admin/simple-form";
import { listSectionsWithCounts } from "@/lib/admin";
import { requireUser } from "@/lib/auth";
import { createSectionAction, deleteSectionAction, moveSectionAction, updateSectionAction } from "../verwaltung-actions";

export const metadata: Metadata = { title: "Ressorts – Redaktion", robots: { index: false, follow: false } };

export default async function SectionsAdminPage() {
  await connection();
  await requireUser(["ADMIN", "EDITOR"]);
  const sections = await listSectionsWithCounts();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Ressorts</h1>
      <p className="mt-2 text-sm text-muted">Die Reihenfolge hier ist die der Navigation. Die Adresse eines Ressorts bleibt beim Umbenennen gleich.</p>
      <ol className="mt-6 space-y-4">
        {sections.map((section, index) => (
          <li key={section.id} className="rounded border border-rule p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="text-lg font-semibold">
                {section.name} <span className="text-sm font-normal text-muted">/{section.slug} · {section.articles} Artikel</span>
              </h2>
              <div className="flex flex-wrap gap-2">
                {index > 0 && <ActionButton action={moveSectionAction.bind(null, section.id, "up")} label="Nach oben" />}
                {index < sections.length - 1 && <ActionButton action={moveSectionAction.bind(null, section.id, "down")} label="Nach unten" />}
                <ActionButton action={deleteSectionAction.bind(null, section.id)} label="Löschen" danger />
              </div>
            </div>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm">Bearbeiten</summary>
              <div className="mt-3 max-w-xl">
                <SimpleForm
                  idPrefix={`ressort-${section.id}`}
                  action={updateSectionAction.bind(null, section.id)}
                  submitLabel="Speichern"
                  fields={[
                    { name: "name", label: "Name", defaultValue: section.name },
                    { name: "description", label: "Beschreibung", type: "textarea", defaultValue: section.description },
                  ]}
                />
              </div>
            </details>
          </li>
        ))}
      </ol>
      <section aria-labelledby="neu" className="mt-10 max-w-xl">
        <h2 id="neu" className="font-serif text-2xl font-bold">Neues Ressort</h2>
        <div className="mt-3">
          <SimpleForm
            idPrefix="ressort-neu"
            action={createSectionAction}
            submitLabel="Ressort anlegen"
            fields={[
              { name: "name", label: "Name", hint: "Die Adresse wird aus dem Namen gebildet, z. B. „Digitales“ → /digitales." },
              { name: "description", label: "Beschreibung", type: "textarea" },
            ]}
          />
        </div>
      </section>
    </>
  );
}
