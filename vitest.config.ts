import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Outside Next's server runtime: `server-only` is a no-op and the cache
      // API does nothing, so lib/ functions run straight against the database.
      "server-only": path.join(root, "test/stubs/empty.ts"),
      "next/cache": path.join(root, "test/stubs/next-cache.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup-env.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Each file has its own database; one at a time keeps a 2-core machine responsive.
    fileParallelism: false,
  },
});
