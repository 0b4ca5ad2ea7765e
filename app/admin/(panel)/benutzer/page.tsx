import type { Metadata } from "next";
import { connection } from "next/server";
import { ActionButton } from "@/components/admin/action-button";
import { SimpleForm } from "@/components/admin/simple-form";
import { listUsers } from "@/lib/admin";
import { requireUser } from "@/lib/auth";
import { changeRoleAction, createUserAction, setActiveAction } from "../verwaltung-actions";

export const metadata: Metadata = { title: "Benutzer – Redaktion", robots: { index: false, follow: false } };

const ROLE_OPTIONS = [
  { value: "AUTHOR", label: "Autor/in (eigene Entwürfe)" },
  { value: "EDITOR", label: "Redaktion (alle Artikel, veröffentlichen)" },
  { value: "ADMIN", label: "Administration (alles, Benutzer)" },
];

export default async function UsersAdminPage() {
  await connection();
  const me = await requireUser(["ADMIN"]);
  const users = await listUsers();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Benutzer</h1>
      <ul className="mt-6 divide-y divide-rule">
        {users.map((user) => (
          <li key={user.id} className="flex flex-wrap items-start justify-between gap-4 py-4">
            <div className="min-w-64 flex-1">
              <p className="font-semibold">
                {user.name} <span className="text-sm font-normal text-muted">{user.email}</span>
                {!user.active && <span className="ml-2 rounded bg-neutral-200 px-2 py-0.5 text-xs">deaktiviert</span>}
              </p>
              <div className="mt-2 max-w-sm">
                <SimpleForm
                  idPrefix={`rolle-${user.id}`}
                  action={changeRoleAction.bind(null, user.id)}
                  submitLabel="Rolle ändern"
                  fields={[{ name: "role", label: "Rolle", type: "select", options: ROLE_OPTIONS, defaultValue: user.role }]}
                />
              </div>
            </div>
            {user.id !== me.id && (
              <ActionButton
                action={setActiveAction.bind(null, user.id, !user.active)}
                label={user.active ? "Deaktivieren" : "Aktivieren"}
                danger={user.active}
              />
            )}
          </li>
        ))}
      </ul>
      <section aria-labelledby="neu" className="mt-10 max-w-xl">
        <h2 id="neu" className="font-serif text-2xl font-bold">Neues Konto</h2>
        <p className="mt-1 text-sm text-muted">Geben Sie das Startpasswort persönlich weiter.</p>
        <div className="mt-3">
          <SimpleForm
            idPrefix="konto-neu"
            action={createUserAction}
            submitLabel="Konto anlegen"
            fields={[
              { name: "name", label: "Name" },
              { name: "email", label: "E-Mail-Adresse", type: "email" },
              { name: "password", label: "Startpasswort", type: "password", hint: "Mindestens 10 Zeichen." },
              { name: "role", label: "Rolle", type: "select", options: ROLE_OPTIONS, defaultValue: "AUTHOR" },
              {
                name: "withAuthor",
                label: "Autorenprofil anlegen",
                type: "select",
                options: [
                  { value: "ja", label: "Ja, mit diesem Namen als Byline" },
                  { value: "nein", label: "Nein" },
                ],
                defaultValue: "ja",
              },
            ]}
          />
        </div>
      </section>
    </>
  );
}
