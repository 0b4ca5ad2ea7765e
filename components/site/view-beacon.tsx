"use client";

import { useEffect } from "react";

/**
 * Counts one view per page view: sends the beacon once the page is visible
 * (not for tabs opened in the background and never looked at), so cached HTML
 * is counted too. It waits until the page has loaded and the main thread is
 * idle, so it never competes with the page's own work. Renders nothing.
 */
export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    let sent = false;
    let idle: number | undefined;
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
    const start = () => {
      send();
      if (!sent) document.addEventListener("visibilitychange", send);
    };
    const whenIdle = () => {
      idle = typeof requestIdleCallback === "function" ? requestIdleCallback(start, { timeout: 2_000 }) : window.setTimeout(start, 0);
    };
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });
    return () => {
      window.removeEventListener("load", whenIdle);
      document.removeEventListener("visibilitychange", send);
      if (idle !== undefined) {
        if (typeof cancelIdleCallback === "function") cancelIdleCallback(idle);
        else window.clearTimeout(idle);
      }
    };
  }, [articleId]);
  return null;
}
