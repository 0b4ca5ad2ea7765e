import { inject } from "vitest";

// lib/db.ts reads these on first use.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = String(inject("databasePoolMax"));
