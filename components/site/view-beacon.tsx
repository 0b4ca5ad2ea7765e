"use client";

import { useEffect } from "react";

/**
 * Counts one view per page view: sends the beacon once the page is visible
 * (not for tabs opened in the background and never looked at), so cached HTML
 * is counted too. Renders nothing.
 */
export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    let sent = false;
    const send = () => {
      if (sent || document.visibilityState !== "visible") return;
      sent = true;
      document.removeEventListener("visibilitychange", send);
      const body = JSON.stringify({ articleId });
      const queued =
        typeof navigator.sendBeacon === "function" &&
        navigator.sendBeacon("/api/views", new Blob([body], { type: "application/json" }));
      if (!queued) {
        void fetch("/api/views", {
          method: "POST",
          body,
          headers: { "Content-Type": "application/json" },
          keepalive: true,
          credentials: "same-origin",
        }).catch(() => undefined);
      }
    };
    send();
    if (!sent) document.addEventListener("visibilitychange", send);
    return () => document.removeEventListener("visibilitychange", send);
  }, [articleId]);
  return null;
}
