import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  cacheLife: {
    // Reader content: fresh within a minute (scheduled articles appear on time
    // without a cron), served stale while it revalidates.
    content: { stale: 30, revalidate: 60, expire: 3600 },
  },
  cacheHandlers: {
    // Next's own in-memory handler, announcing tag expiry to the response cache.
    default: require.resolve("./lib/cache/use-cache-handler.mjs"),
  },
  poweredByHeader: false,
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
