// @ts-check
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import boundaries from "./scripts/lint/boundaries.mjs";

// Public entries besides each capability's index.ts (lib/<capability>/index.ts,
// or a single-file module lib/<name>.ts): plain code with no "server-only", no
// database and no Next server API, which client components may import for
// values and plain Node may load (bench:popular renders the admin dashboard's
// components). boundaries.test.ts checks that nothing behind them breaks this.
const CLIENT_SAFE_ENTRIES = ["@/lib/dates", "@/lib/ids", "@/lib/slug", "@/lib/media/client-safe", "@/lib/popularity/client-safe"];

const READER_FILES = ["app/(site)/**", "components/site/**"];
const TESTS = ["**/*.test.ts", "**/*.test.tsx"];

const eslintConfig = defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },

  // Boundaries (DESIGN.md "Layout", STYLE.md "What this asks of our code");
  // the rules are in scripts/lint/boundaries.mjs.
  {
    name: "rundblick/imports-one-way",
    files: ["app/**", "components/**", "lib/**"],
    plugins: { rundblick: boundaries },
    rules: { "rundblick/one-way-imports": "error" },
  },
  {
    // Tests reach inside the capability they test.
    name: "rundblick/capability-index",
    files: ["app/**", "components/**"],
    ignores: TESTS,
    plugins: { rundblick: boundaries },
    rules: {
      "rundblick/capability-index": ["error", { entries: CLIENT_SAFE_ENTRIES }],
      "rundblick/client-safe-imports": ["error", { entries: CLIENT_SAFE_ENTRIES }],
    },
  },
  {
    // Reader pages are whole HTML from the server: they link with plain <a>
    // (components/site/link.tsx says why) and have no client components.
    name: "rundblick/reader-links",
    files: READER_FILES,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/link",
              message: "Reader pages link with the plain <a> of components/site/link.tsx (its comment says why), not next/link.",
            },
            {
              // Turbopack keeps every module behind an index in the page's graph.
              name: "@/lib/media",
              message: "Reader pages take picture sources from @/lib/media/client-safe: @/lib/media brings the upload stack (sharp) into every reader page.",
            },
          ],
        },
      ],
    },
  },
  {
    name: "rundblick/reader-server-only",
    files: READER_FILES,
    // Next requires an error boundary to be a client component ("use client");
    // it is the reader pages' one exception.
    ignores: ["app/(site)/error.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Program > ExpressionStatement[directive='use client']",
          message: "No client components on reader pages (app/(site)/, components/site/): they render on the server, whole, with no JavaScript of their own.",
        },
      ],
    },
  },
  {
    name: "rundblick/mjs-ts-check",
    files: ["lib/**/*.mjs", "scripts/**/*.mjs"],
    plugins: { rundblick: boundaries },
    rules: { "rundblick/mjs-ts-check": "error" },
  },

  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/db/generated/**",
    "playwright-report/**",
    "test-results/**",
    ".data/**",
  ]),
]);

export default eslintConfig;
