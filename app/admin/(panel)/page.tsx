import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DashboardRefresh } from "@/components/admin/dashboard-refresh";
import { DashboardView } from "@/components/admin/dashboard-view";
import { getDashboard } from "@/lib/admin";
import { formatClock } from "@/lib/dates";
import { requireUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Übersicht – Redaktion", robots: { index: false, follow: false } };

export default async function AdminDashboardPage(props: PageProps<"/admin">) {
  await connection();
  const user = await requireUser();
  const [search, dashboard] = await Promise.all([props.searchParams, getDashboard(user)]);
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-bold">Übersicht</h1>
          <DashboardRefresh updatedAt={formatClock(dashboard.asOf)} updatedAtIso={dashboard.asOf.toISOString()} />
        </div>
        <p className="flex flex-wrap gap-3">
          <Link href="/admin/artikel" className="rounded border border-brand px-4 py-2 font-semibold text-brand hover:bg-neutral-100">
            Zur Artikelliste
          </Link>
          <Link href="/admin/artikel/neu" className="rounded bg-brand-fill px-4 py-2 font-semibold text-white">
            Neuer Artikel
          </Link>
        </p>
      </div>
      {search.fehler === "rechte" && (
        <p role="alert" className="mt-4 rounded border border-accent/40 bg-red-50 px-3 py-2 text-sm text-accent">
          Dafür fehlen Ihnen die Rechte.
        </p>
      )}
      {user.role === "AUTHOR" && <p className="mt-4 text-sm text-muted">Sie sehen die Zahlen Ihrer eigenen Artikel.</p>}
      <DashboardView dashboard={dashboard} scopeLabel={user.role === "AUTHOR" ? "Ihre Artikel" : "Gesamte Website"} />
    </>
  );
}
