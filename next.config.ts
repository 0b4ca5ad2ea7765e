import type { NextConfig } from "next";
import { securityHeaderRoutes } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  cacheLife: {
    // Reader content: fresh within a minute (scheduled articles appear on time
    // without a cron), served stale while it revalidates.
    content: { stale: 30, revalidate: 60, expire: 3600 },
  },
  poweredByHeader: false,
  // Security headers on every response, static files included (values in lib/http/security-headers.ts).
  // Evaluated at build time: the launcher rebuilds when SITE_URL's scheme changes (scripts/server/build-stamp.ts).
  async headers() {
    return securityHeaderRoutes({ siteUrl: process.env.SITE_URL, development: process.env.NODE_ENV === "development" });
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
