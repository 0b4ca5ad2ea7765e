export async function register() {
  // Next's own server only, and never during `next build`.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { settings } = await import("./lib/runtime");
  // Behind the front process (`npm start`) the front counts views and runs the
  // jobs (scripts/server/server.ts); Next alone (`next dev`) runs them itself.
  if (settings().rendererRelayToken) return;
  const [{ startViewJobs }, { startScheduledExpiry }, { expireCachedTags }] = await Promise.all([
    import("./lib/views/tracking"),
    import("./lib/articles/scheduled"),
    import("./lib/cache/expire-here.mjs"),
  ]);
  startViewJobs();
  startScheduledExpiry((tags) => void expireCachedTags(tags));
}
