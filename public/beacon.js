/*
 * Rundblick's view beacon: counts one view per article page view.
 *
 * Reader pages from the response cache carry no framework script, only this
 * file (see lib/http/static-document.ts). An article page names its article
 * in <meta name="rundblick:article-id">; other pages have none and send
 * nothing. It waits until the page has loaded and the main thread is idle,
 * and sends only while the page is visible (a tab opened in the background
 * counts when it is first looked at). Contract: POST /api/views with JSON
 * {"articleId": <id>} (docs/contracts.md, "View beacon").
 */
(function () {
  var meta = document.querySelector('meta[name="rundblick:article-id"]');
  var articleId = meta ? Number(meta.getAttribute("content")) : NaN;
  if (!Number.isInteger(articleId) || articleId <= 0) return;
  var sent = false;
  function send() {
    if (sent || document.visibilityState !== "visible") return;
    sent = true;
    document.removeEventListener("visibilitychange", send);
    var body = JSON.stringify({ articleId: articleId });
    var queued = typeof navigator.sendBeacon === "function" && navigator.sendBeacon("/api/views", new Blob([body], { type: "application/json" }));
    if (!queued) {
      fetch("/api/views", { method: "POST", body: body, headers: { "Content-Type": "application/json" }, keepalive: true, credentials: "same-origin" }).catch(function () {});
    }
  }
  function start() {
    send();
    if (!sent) document.addEventListener("visibilitychange", send);
  }
  function whenIdle() {
    if (typeof requestIdleCallback === "function") requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 0);
  }
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
})();
