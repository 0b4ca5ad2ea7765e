/**
 * `npm run db:generate` (also the postinstall hook): `prisma generate`, offline.
 *
 * The Prisma CLI wants the native schema-engine binary even for `generate`,
 * which never runs it, and downloads it when missing — impossible here. Any
 * existing file in PRISMA_SCHEMA_ENGINE_BINARY satisfies that check; we point
 * it at the Wasm engine we migrate with. CHECKPOINT_DISABLE stops the CLI's
 * version/telemetry request. Set in code so it works in every shell.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
// Both packages hide these files behind `exports`; resolve a visible entry and go from there.
const prismaCli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
const engineStandIn = path.join(
  path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
  "schema_engine_bg.wasm",
);

const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
// Respect a real binary if someone has one configured.
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = engineStandIn;
}

const result = spawnSync(process.execPath, [prismaCli, "generate", ...process.argv.slice(2)], { stdio: "inherit", env });
if (result.error) {
  console.error(`Error: could not run the Prisma CLI (${prismaCli}): ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
