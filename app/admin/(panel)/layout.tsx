import Link from "next/link";
import { connection } from "next/server";
import { logout, logoutEverywhere } from "@/app/admin/(auth)/login/actions";
import { requireUser } from "@/lib/auth";

export const instant = false;
// Partial Prefetching for the admin's links (the app's flag is off for reader pages: next.config.ts).
export const prefetch = "partial";

const roleNames = { ADMIN: "Administration", EDITOR: "Redaktion", AUTHOR: "Autor/in" } as const;

export default async function AdminLayout({ children }: LayoutProps<"/admin">) {
  await connection();
  const user = await requireUser();
  return (
    <>
      <header className="border-b border-rule bg-brand-fill text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/admin" className="font-serif text-2xl font-bold">
            Rundblick <span className="font-sans text-base font-normal">Redaktion</span>
          </Link>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <span>
              {user.name} ({roleNames[user.role]})
            </span>
            <Link href="/" className="underline">
              Zur Website
            </Link>
            <form action={logout}>
              <button type="submit" className="rounded border border-white/60 px-3 py-1 hover:bg-white/10">
                Abmelden
              </button>
            </form>
            <form action={logoutEverywhere}>
              <button
                type="submit"
                title="Beendet alle Sitzungen dieses Kontos, in jedem Browser und auf jedem Gerät"
                className="rounded border border-white/60 px-3 py-1 hover:bg-white/10"
              >
                Alle Sitzungen beenden
              </button>
            </form>
          </div>
        </div>
      </header>
      <nav aria-label="Verwaltung" className="border-b border-rule bg-neutral-50">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-2 text-sm font-semibold">
          {[
            { href: "/admin", label: "Übersicht", show: true },
            { href: "/admin/artikel", label: "Artikel", show: true },
            { href: "/admin/artikel/neu", label: "Neuer Artikel", show: true },
            { href: "/admin/liveticker/neu", label: "Neuer Liveticker", show: true },
            { href: "/admin/bilder", label: "Bilder", show: true },
            { href: "/admin/ressorts", label: "Ressorts", show: user.role !== "AUTHOR" },
            { href: "/admin/themen", label: "Themen", show: user.role !== "AUTHOR" },
            { href: "/admin/autoren", label: "Autorinnen und Autoren", show: user.role !== "AUTHOR" },
            { href: "/admin/benutzer", label: "Benutzer", show: user.role === "ADMIN" },
          ]
            .filter((item) => item.show)
            .map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block px-3 py-2 hover:bg-neutral-200">
                  {item.label}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      <main id="inhalt" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
