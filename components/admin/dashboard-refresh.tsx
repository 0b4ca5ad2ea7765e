"use client";

import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";

/**
 * Keeps the dashboard current while it is open: every minute (while the tab
 * is visible, and at once when it becomes visible again after that) the
 * server renders the page anew and React swaps in the new figures, without a
 * reload. The time shown is the server's, passed in with each render.
 */
export function DashboardRefresh({ updatedAt, updatedAtIso, everyMs = 60_000 }: { updatedAt: string; updatedAtIso: string; everyMs?: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    let last = Date.now();
    const refresh = () => {
      last = Date.now();
      startTransition(() => router.refresh());
    };
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") refresh();
    }, everyMs);
    const onVisibility = () => {
      if (document.visibilityState === "visible" && Date.now() - last >= everyMs) refresh();
    };
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [router, everyMs]);

  return (
    <p className="text-sm text-muted">
      Aktualisiert um <time dateTime={updatedAtIso}>{updatedAt}</time>
      {pending && <span> · wird aktualisiert …</span>}
    </p>
  );
}
