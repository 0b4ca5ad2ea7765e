import { defineConfig } from "prisma/config";

// Prisma 7 reads connection details from here, not from schema.prisma.
// `url` stays optional: `prisma generate` runs on `npm install` (postinstall)
// where DATABASE_URL is usually unset, and `env()` would throw there.
// Migrations are applied by scripts/db/schema-engine.ts (Wasm engine) — see
// `npm run db:migrate` / `npm run db:migration`; the folder keeps Prisma
// Migrate's format so `prisma migrate deploy` works wherever the native
// engine is available.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
  },
  datasource: {
    url: process.env.DATABASE_URL,
  },
});
