export async function register() {
  // View counting runs in the Node server only, and never during `next build`.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startViewTracking } = await import("./lib/views");
  startViewTracking();
}
