import type { NextConfig } from "next";
import { securityHeaderRoutes } from "./lib/http/security-headers";
import { settings } from "./lib/runtime";

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Off for the app, on for the admin (`prefetch = "partial"` in its layout).
  // Reader pages link with plain <a> (components/site/link.tsx) and prefetch
  // nothing; with the flag on, every reader render also ran a runtime
  // prefetch render and inlined its result into the page for the client to
  // cache during hydration. See "Page quality" in the README.
  partialPrefetching: false,
  cacheLife: {
    // Reader content: kept until a write expires its tags (lib/cache/tags.ts;
    // scheduled articles are expired at their time by the front process,
    // lib/articles/scheduled.ts). The hour is a safety lifetime only.
    content: { stale: 60, revalidate: 3600, expire: 86400 },
    // What changes on its own clock (the most-read box): read again after
    // 20 s; with the response cache's 20 s for shared pieces in front
    // (lib/http/reader-pages.ts), readers see it at most a minute old.
    clock: { stale: 20, revalidate: 20, expire: 600 },
  },
  cacheHandlers: {
    // Next's own in-memory handler, announcing tag expiry to the response cache.
    default: require.resolve("./lib/cache/use-cache-handler.mjs"),
  },
  poweredByHeader: false,
  // Security headers on every response, static files included (values in lib/http/security-headers.ts).
  // Evaluated at build time: the launcher rebuilds when SITE_URL's scheme changes (scripts/server/build-stamp.ts).
  async headers() {
    return securityHeaderRoutes({ siteUrl: settings().siteUrl, development: process.env.NODE_ENV === "development" });
  },
  turbopack: {
    rules: {
      "*.css": {
        loaders: ["@tailwindcss/turbopack"],
        as: "*.css",
      },
    },
  },
};

export default nextConfig;
