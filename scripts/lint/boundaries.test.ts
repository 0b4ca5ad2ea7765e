import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { ESLint } from "eslint";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

// The boundary rules of eslint.config.mjs, each shown to fire on a virtual
// file (lintText applies the config blocks matching its path; the file need
// not exist) and to stay quiet where it should.

const root = path.resolve(__dirname, "../..");
const eslint = new ESLint({ cwd: root });

/** The boundary rules' messages for `code` as if it were the file at `filePath`. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((m) => m.ruleId === null || /^rundblick\/|^no-restricted-/.test(m.ruleId))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

beforeAll(async () => {
  // Loading the config and plugins is the slow part; do it once, outside the first test's time.
  await eslint.calculateConfigForFile(path.join(root, "app/page.tsx"));
}, 60_000);

describe("imports run app → components → lib", () => {
  it("reports lib importing components/ or app/, by alias or relative path", async () => {
    expect(await boundaryErrors("lib/articles/x.ts", `import { Link } from "@/components/site/link";\n`)).toEqual([
      expect.stringMatching(/^rundblick\/one-way-imports: lib\/ must not import from components\//),
    ]);
    expect(await boundaryErrors("lib/articles/x.ts", `import page from "../../app/(site)/page";\n`)).toEqual([
      expect.stringMatching(/^rundblick\/one-way-imports: lib\/ must not import from app\//),
    ]);
    expect(await boundaryErrors("lib/x.test.ts", `import { Link } from "@/components/site/link";\n`)).toHaveLength(1);
  });

  it("reports components importing app/", async () => {
    expect(await boundaryErrors("components/admin/x.tsx", `import { saveArticleAction } from "@/app/admin/(panel)/artikel/actions";\n`)).toEqual([
      expect.stringMatching(/^rundblick\/one-way-imports: components\/ must not import from app\//),
    ]);
    expect(await boundaryErrors("components/site/x.tsx", `export { default } from "../../app/not-found";\n`)).toHaveLength(1);
  });

  it("lets imports run downwards", async () => {
    expect(await boundaryErrors("app/(site)/x/page.tsx", `import { Link } from "@/components/site/link";\nimport { paths } from "@/lib/articles";\n`)).toEqual([]);
    expect(await boundaryErrors("components/site/x.tsx", `import { paths } from "@/lib/articles";\n`)).toEqual([]);
    expect(await boundaryErrors("lib/seo/x.ts", `import { paths } from "../articles/paths";\nimport { db } from "@/lib/db";\n`)).toEqual([]);
  });
});

describe("outside lib/, a capability only through its index", () => {
  it("reports a reach into a capability's files from app/ and components/, naming the index", async () => {
    const app = await boundaryErrors("app/(site)/x/page.tsx", `import { paths } from "@/lib/articles/paths";\n`);
    expect(app).toEqual([expect.stringContaining("rundblick/capability-index: Import from '@/lib/articles' (the capability's index.ts), not '@/lib/articles/paths'")]);
    const components = await boundaryErrors("components/admin/x.tsx", `import type { FieldErrors } from "@/lib/admin/article-input";\n`);
    expect(components).toEqual([expect.stringContaining("Import from '@/lib/admin'")]);
  });

  it("reports relative paths, re-exports and import() as well", async () => {
    expect(await boundaryErrors("app/x/route.ts", `import { paths } from "../../lib/articles/paths";\n`)).toEqual([expect.stringContaining("Import from '@/lib/articles'")]);
    expect(await boundaryErrors("components/site/x.tsx", `export { paths } from "@/lib/articles/paths";\n`)).toHaveLength(1);
    expect(await boundaryErrors("app/x/route.ts", `export async function GET() { return import("@/lib/db/client"); }\n`)).toHaveLength(1);
  });

  it("takes the index, single-file modules and the declared entries", async () => {
    const code = [
      `import { getArticle, paths } from "@/lib/articles";`,
      `import { formatDateTime } from "@/lib/dates";`,
      `import { parseId } from "@/lib/ids";`,
      `import { berlinHour } from "@/lib/popularity/client-safe";`,
      ``,
    ].join("\n");
    expect(await boundaryErrors("app/(site)/x/page.tsx", code)).toEqual([]);
    expect(await boundaryErrors("components/admin/x.tsx", code)).toEqual([]);
  });

  it("lets tests and lib/ itself reach inside", async () => {
    expect(await boundaryErrors("components/admin/x.test.ts", `import { toHourlySeries } from "@/lib/popularity/hourly-series";\n`)).toEqual([]);
    expect(await boundaryErrors("app/x.test.ts", `import { paths } from "@/lib/articles/paths";\n`)).toEqual([]);
    expect(await boundaryErrors("lib/admin/x.ts", `import { paths } from "@/lib/articles/paths";\n`)).toEqual([]);
  });
});

describe("client components take only types from lib/", () => {
  it("reports a value import from an index in a client component", async () => {
    expect(await boundaryErrors("components/admin/x.tsx", `"use client";\nimport { formValues } from "@/lib/admin";\n`)).toEqual([
      expect.stringMatching(/^rundblick\/client-safe-imports: A client component may take only types from '@\/lib\/admin'/),
    ]);
    expect(await boundaryErrors("components/admin/x.tsx", `"use client";\nimport { type FormState } from "@/lib/admin";\n`)).toHaveLength(1);
  });

  it("takes `import type` and the client-safe entries", async () => {
    const code = `"use client";\nimport type { FormState } from "@/lib/admin";\nimport { formatClock } from "@/lib/dates";\nimport { trendingRule } from "@/lib/popularity/client-safe";\n`;
    expect(await boundaryErrors("components/admin/x.tsx", code)).toEqual([]);
    // A server component takes values from an index.
    expect(await boundaryErrors("components/admin/x.tsx", `import { formValues } from "@/lib/admin";\n`)).toEqual([]);
  });
});

describe("reader pages", () => {
  it("report next/link in components/site/ and app/(site)/", async () => {
    for (const filePath of ["components/site/x.tsx", "app/(site)/x/page.tsx", "app/(site)/error.tsx"]) {
      expect(await boundaryErrors(filePath, `import Link from "next/link";\n`), filePath).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*components\/site\/link\.tsx/),
      ]);
    }
  });

  it("report the picture stack's index, which would load sharp on every reader page", async () => {
    expect(await boundaryErrors("components/site/x.tsx", `import { teaserSources } from "@/lib/media";\n`)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*@\/lib\/media\/client-safe/),
    ]);
    expect(await boundaryErrors("components/site/x.tsx", `import { teaserSources } from "@/lib/media/client-safe";\n`)).toEqual([]);
    expect(await boundaryErrors("app/api/x/route.ts", `import { handleUpload } from "@/lib/media";\n`)).toEqual([]);
  });

  it("report a client component in components/site/ and app/(site)/", async () => {
    for (const filePath of ["components/site/x.tsx", "app/(site)/x/page.tsx"]) {
      expect(await boundaryErrors(filePath, `"use client";\nexport function X() { return null; }\n`), filePath).toEqual([
        expect.stringMatching(/^no-restricted-syntax: No client components on reader pages/),
      ]);
    }
  });

  it("let the admin use next/link and client components, and the reader error boundary be one", async () => {
    expect(await boundaryErrors("app/admin/(panel)/x/page.tsx", `import Link from "next/link";\n`)).toEqual([]);
    expect(await boundaryErrors("components/admin/x.tsx", `"use client";\nimport Link from "next/link";\n`)).toEqual([]);
    expect(await boundaryErrors("app/(site)/error.tsx", `"use client";\nexport default function Error() { return null; }\n`)).toEqual([]);
    // Not a directive: a string after other code.
    expect(await boundaryErrors("components/site/x.tsx", `export const x = 1;\n"use client";\n`)).toEqual([]);
  });
});

describe(".mjs files are type-checked", () => {
  it("reports a .mjs under lib/ or scripts/ without `// @ts-check` at its top", async () => {
    for (const code of [`export const x = 1;\n`, `// A comment.\nexport const x = 1;\n`, `export const x = 1;\n// @ts-check\n`, `/* @ts-check */\nexport const x = 1;\n`]) {
      expect(await boundaryErrors("lib/x/new.mjs", code), code).toEqual([expect.stringMatching(/^rundblick\/mjs-ts-check: This \.mjs file is not type-checked/)]);
    }
    expect(await boundaryErrors("scripts/x/new.mjs", `export const x = 1;\n`)).toHaveLength(1);
  });

  it("takes one that has it, after other leading comments too", async () => {
    expect(await boundaryErrors("lib/x/new.mjs", `// @ts-check\nexport const x = 1;\n`)).toEqual([]);
    expect(await boundaryErrors("scripts/x/new.mjs", `#!/usr/bin/env node\n// What this does.\n// @ts-check\nexport const x = 1;\n`)).toEqual([]);
  });
});

describe("client-safe entries", () => {
  /** Specifiers a module loads at run time: its imports and re-exports, less `import type` / `export type`. */
  function runtimeImports(file: string): string[] {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
    const specifiers: string[] = [];
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly && ts.isStringLiteral(statement.moduleSpecifier)) specifiers.push(statement.moduleSpecifier.text);
      if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) specifiers.push(statement.moduleSpecifier.text);
    }
    return specifiers;
  }

  function resolve(from: string, specifier: string): string | null {
    const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
    if (!base) return null;
    const file = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => existsSync(f) && !f.endsWith(path.sep) && /\.tsx?$/.test(f));
    if (!file) throw new Error(`${path.relative(root, from)}: cannot resolve ${specifier}`);
    return file;
  }

  /** Every package a module pulls in at run time, with the chain of files that brings it. */
  function packagesBehind(entry: string): Map<string, string[]> {
    const packages = new Map<string, string[]>();
    const seen = new Set<string>();
    const visit = (file: string, chain: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const specifier of runtimeImports(file)) {
        const next = resolve(file, specifier);
        if (next) visit(next, [...chain, path.relative(root, next)]);
        else if (!packages.has(specifier)) packages.set(specifier, chain);
      }
    };
    const file = resolve(path.join(root, "package.json"), entry)!;
    visit(file, [path.relative(root, file)]);
    return packages;
  }

  it("bring no server code: no server-only, Node built-ins, database, Next server API or native module", async () => {
    const config = await eslint.calculateConfigForFile(path.join(root, "components/admin/x.tsx"));
    const entries: string[] = config.rules["rundblick/client-safe-imports"][1].entries;
    expect(entries).toEqual(expect.arrayContaining(["@/lib/media/client-safe", "@/lib/popularity/client-safe"]));
    const forbidden = /^(server-only$|node:|next\/(cache|headers|server)$|@prisma\/|pg$|ioredis$|sharp$|better-auth)/;
    for (const entry of entries) {
      const offending = [...packagesBehind(entry)].filter(([pkg]) => forbidden.test(pkg) || builtinModules.includes(pkg));
      expect(offending, entry).toEqual([]);
    }
  });
});
