// @ts-check
// Rundblick's own lint rules: the code boundaries of DESIGN.md ("Layout") and
// STYLE.md ("What this asks of our code") that ESLint's built-in rules cannot
// say. Which files each rule covers, and the built-in rules that keep the
// rest (next/link and "use client" on reader pages), is in eslint.config.mjs.
// Plain JavaScript because eslint.config.mjs loads it without a TypeScript
// step; the rules are tested in boundaries.test.ts.
import path from "node:path";

/** @typedef {import("eslint").Rule.RuleModule} RuleModule */
/** @typedef {import("eslint").Rule.RuleContext} RuleContext */
/** @typedef {import("eslint").Rule.RuleListener} RuleListener */
/** @typedef {import("estree").Node} Node */

/** The layers, lowest first: a file may import its own layer and those below it. */
const LAYERS = ["lib", "components", "app"];

/** The linted file's path from the project root, with forward slashes. */
function projectPath(/** @type {RuleContext} */ context) {
  return path.relative(context.cwd, context.filename).split(path.sep).join("/");
}

/** The layer (app, components, lib) a project path is in, or null. */
function layerOf(/** @type {string} */ file) {
  const top = file.split("/")[0];
  return LAYERS.includes(top) ? top : null;
}

/**
 * Where an import specifier points, as a project path without extension
 * (`@/lib/articles` → `lib/articles`, `../lib/x` from app/y.ts → `lib/x`);
 * null for packages and for paths outside the project.
 */
function targetOf(/** @type {string} */ file, /** @type {string} */ source) {
  let target;
  if (source.startsWith("@/")) target = path.posix.normalize(source.slice(2));
  else if (source === "." || source === ".." || source.startsWith("./") || source.startsWith("../")) target = path.posix.join(path.posix.dirname(file), source);
  else return null;
  return target.startsWith("../") || target === ".." ? null : target.replace(/\/$/, "");
}

/**
 * Visitors calling `check` with every module specifier the file imports or
 * re-exports: static imports, `export … from`, and `import()` of a string
 * literal. `typeOnly` is true for `import type` / `export type` (erased by
 * the compiler, so no code is loaded).
 * @param {(node: Node, source: string, typeOnly: boolean) => void} check
 * @returns {RuleListener}
 */
function importVisitors(check) {
  /** @param {{ source?: Node | null }} node */
  const literalSource = (node) => (node.source && node.source.type === "Literal" && typeof node.source.value === "string" ? node.source : null);
  /** @param {any} node */
  const isTypeOnly = (node) => node.importKind === "type" || node.exportKind === "type";
  return {
    ImportDeclaration(node) {
      const source = literalSource(node);
      if (source) check(source, String(/** @type {import("estree").Literal} */ (source).value), isTypeOnly(node));
    },
    ExportNamedDeclaration(node) {
      const source = literalSource(node);
      if (source) check(source, String(/** @type {import("estree").Literal} */ (source).value), isTypeOnly(node));
    },
    ExportAllDeclaration(node) {
      const source = literalSource(node);
      if (source) check(source, String(/** @type {import("estree").Literal} */ (source).value), isTypeOnly(node));
    },
    ImportExpression(node) {
      const source = literalSource(node);
      if (source) check(source, String(/** @type {import("estree").Literal} */ (source).value), false);
    },
  };
}

/** The `entries` option of a rule: public entries besides the capabilities' index files. */
function entriesOption(/** @type {RuleContext} */ context) {
  const option = context.options[0];
  return option && Array.isArray(option.entries) ? /** @type {string[]} */ (option.entries) : [];
}

const entriesSchema = [
  {
    type: "object",
    properties: { entries: { type: "array", items: { type: "string", pattern: "^@/lib/" }, uniqueItems: true } },
    additionalProperties: false,
  },
];

/** Imports run one way: app/ → components/ → lib/. */
/** @type {RuleModule} */
const oneWayImports = {
  meta: {
    type: "problem",
    docs: { description: "Imports run one way: app/ uses components/ and lib/, components/ uses lib/, lib/ uses neither." },
    schema: [],
    messages: {
      backEdge: "{{from}}/ must not import from {{to}}/ ('{{source}}'): imports run app/ → components/ → lib/ (DESIGN.md, Layout). Move the shared code down into {{from}}/ or lib/.",
    },
  },
  create(context) {
    const file = projectPath(context);
    const from = layerOf(file);
    if (!from) return {};
    return importVisitors((node, source) => {
      const target = targetOf(file, source);
      const to = target && layerOf(target);
      if (to && LAYERS.indexOf(to) > LAYERS.indexOf(from)) context.report({ node, messageId: "backEdge", data: { from, to, source } });
    });
  },
};

/**
 * Outside lib/, a capability only through its public face: `@/lib/<name>`
 * (the folder's index.ts, or a single-file module lib/<name>.ts), or one of
 * the entries declared in the options.
 */
/** @type {RuleModule} */
const capabilityIndex = {
  meta: {
    type: "problem",
    docs: { description: "Outside lib/, import a capability through its index.ts (or a declared entry), not the files behind it." },
    schema: entriesSchema,
    messages: {
      internal: "Import from '{{entry}}' (the capability's index.ts), not '{{source}}': the files behind it are its own business. Export what you need from lib/{{capability}}/index.ts.",
    },
  },
  create(context) {
    const file = projectPath(context);
    // Code inside lib/ imports its siblings and other capabilities' files freely.
    if (layerOf(file) === "lib") return {};
    const entries = entriesOption(context);
    return importVisitors((node, source) => {
      const target = targetOf(file, source);
      if (!target || layerOf(target) !== "lib") return;
      const parts = target.split("/");
      if (parts.length <= 2 || entries.includes(`@/${target}`)) return;
      context.report({ node, messageId: "internal", data: { entry: `@/lib/${parts[1]}`, source, capability: parts[1] } });
    });
  },
};

/**
 * A client component ("use client") takes only types from lib/, unless from
 * a declared client-safe entry: a capability's index also re-exports its
 * server code (the database, `server-only`), which must not reach the
 * browser bundle.
 */
/** @type {RuleModule} */
const clientSafeImports = {
  meta: {
    type: "problem",
    docs: { description: "Client components import only types from lib/, except from declared client-safe entries." },
    schema: entriesSchema,
    messages: {
      serverCode:
        "A client component may take only types from '{{source}}' (`import type`): its code can bring server-only modules into the browser bundle. Import values from a client-safe entry ({{entries}}), or declare one in eslint.config.mjs.",
    },
  },
  create(context) {
    const file = projectPath(context);
    const entries = entriesOption(context);
    let client = false;
    const visitors = importVisitors((node, source, typeOnly) => {
      const target = targetOf(file, source);
      if (!client || typeOnly || !target || layerOf(target) !== "lib" || entries.includes(`@/${target}`)) return;
      context.report({ node, messageId: "serverCode", data: { source, entries: entries.join(", ") || "none yet" } });
    });
    return {
      ...visitors,
      Program(node) {
        // Directives are the leading string statements of the file.
        for (const statement of node.body) {
          if (statement.type !== "ExpressionStatement" || !("directive" in statement)) break;
          if (statement.directive === "use client") client = true;
        }
      },
    };
  },
};

/**
 * A .mjs file is JavaScript that TypeScript checks only when it starts with
 * `// @ts-check` (the project compiles .ts; .mjs is for what Node or Next
 * load without a compile step).
 */
/** @type {RuleModule} */
const mjsTsCheck = {
  meta: {
    type: "problem",
    docs: { description: "A .mjs file begins with `// @ts-check`, so TypeScript checks it." },
    schema: [],
    messages: {
      missing: "This .mjs file is not type-checked: put `// @ts-check` at its top, before any code (or write it in TypeScript).",
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      Program(node) {
        const firstToken = sourceCode.ast.tokens[0];
        const checked = sourceCode
          .getAllComments()
          .some((comment) => comment.type === "Line" && /^\s*@ts-check\s*$/.test(comment.value) && (!firstToken || comment.range !== undefined && comment.range[0] < /** @type {[number, number]} */ (firstToken.range)[0]));
        if (!checked) context.report({ node, loc: { line: 1, column: 0 }, messageId: "missing" });
      },
    };
  },
};

/** @type {import("eslint").ESLint.Plugin} */
const plugin = {
  meta: { name: "rundblick" },
  rules: {
    "one-way-imports": oneWayImports,
    "capability-index": capabilityIndex,
    "client-safe-imports": clientSafeImports,
    "mjs-ts-check": mjsTsCheck,
  },
};

export default plugin;
