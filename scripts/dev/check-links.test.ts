// The documentation's link check (`npm run docs:links`): broken file links and
// anchors fail with file:line; good links, German headings included, pass.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { anchorsOf, checkLinks, githubSlug, headingText, linksOf } from "./check-links";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A project folder with these files (path → content). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "check-links-"));
  dirs.push(root);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

describe("anchors as GitHub makes them", () => {
  it("lower-cases, drops punctuation but - and _, turns spaces into -", () => {
    expect(githubSlug("Deploying on PostgreSQL")).toBe("deploying-on-postgresql");
    expect(githubSlug("Caching (reader pages)")).toBe("caching-reader-pages");
    expect(githubSlug("The Next.js patch, and when it can go")).toBe("the-nextjs-patch-and-when-it-can-go");
    expect(githubSlug("DATABASE_URL and -- dashes")).toBe("database_url-and----dashes");
  });

  it("keeps umlauts and ß", () => {
    expect(githubSlug("Größe der Bilder: über 15 MB")).toBe("größe-der-bilder-über-15-mb");
  });

  it("reads a heading's text without its Markdown", () => {
    expect(headingText("Page quality: `bench:lighthouse`")).toBe("Page quality: bench:lighthouse");
    expect(headingText("See [the **table**](x.md) for `DATABASE_POOL_MAX`")).toBe("See the table for DATABASE_POOL_MAX");
    expect(headingText("snake_case_words stay, _emphasis_ goes")).toBe("snake_case_words stay, emphasis goes");
  });

  it("numbers repeated headings and takes explicit anchors", () => {
    const anchors = anchorsOf("# Figures\n\n## Figures\n\n### Figures\n\nSetext\n------\n\n<a id=\"eigener-anker\"></a>\n<a name='alt'></a>\n");
    expect([...anchors].sort()).toEqual(["alt", "eigener-anker", "figures", "figures-1", "figures-2", "setext"]);
  });

  it("ignores headings inside code blocks", () => {
    expect([...anchorsOf("```sh\n# not a heading\n```\n\n# Real\n")]).toEqual(["real"]);
  });
});

describe("finding links", () => {
  it("finds links, images, anchors and reference definitions with their lines, not those in code", () => {
    const markdown = [
      "Text [one](a.md) and ![bild](images/x.png)", // 1
      "and `[in code](nowhere.md)` and", // 2
      "[![nested](pic.png)](page.md#teil)", // 3
      "```", // 4
      "[in a block](nowhere.md)", // 5
      "```", // 6
      "[ref]: other.md", // 7
      "[out](https://example.com) [mail](mailto:a@b.de) [here](#oben)", // 8
      "[a link whose text", // 9
      "wraps](wrapped.md)", // 10
    ].join("\n");
    expect(linksOf(markdown)).toEqual([
      { line: 1, target: "a.md" },
      { line: 1, target: "images/x.png" },
      { line: 3, target: "page.md#teil" },
      { line: 3, target: "pic.png" },
      { line: 7, target: "other.md" },
      { line: 8, target: "https://example.com" },
      { line: 8, target: "mailto:a@b.de" },
      { line: 8, target: "#oben" },
      { line: 9, target: "wrapped.md" },
    ]);
  });
});

describe("checkLinks", () => {
  it("passes good links: files, images, anchors in the same and other files, German headings", () => {
    const root = project({
      "README.md": "# Rundblick\n\n![Startseite](docs/images/front.png)\n\n[Redaktion](docs/redaktion.md#größe-und-übergröße) · [Betrieb](docs/betrieb.md) · [oben](#rundblick)\n",
      "docs/images/front.png": "png",
      "docs/redaktion.md": "# Redaktion\n\n## Größe und Übergröße\n\n[zurück](../README.md#rundblick) [Anker](#anker) [Zahlen](betrieb.md#zahlen-1)\n\n<a id=\"anker\"></a>\n",
      "docs/betrieb.md": "# Betrieb\n\n## Zahlen\n\n## Zahlen\n\n[extern](https://example.com/nirgends.md) `[code](fehlt.md)`\n",
    });
    expect(checkLinks(root)).toEqual([]);
  });

  it("fails on a link to a file that does not exist, naming file and line", () => {
    const root = project({ "README.md": "# Rundblick\n\nSee [ops](docs/operations.md).\n", "docs/a.md": "# A\n\n![x](images/fehlt.png)\n" });
    expect(checkLinks(root)).toEqual([
      { file: "README.md", line: 3, target: "docs/operations.md", reason: "no such file: docs/operations.md" },
      { file: path.join("docs", "a.md"), line: 3, target: "images/fehlt.png", reason: "no such file: docs/images/fehlt.png" },
    ]);
  });

  it("fails on an anchor no heading has, in another file or the same one", () => {
    const root = project({
      "README.md": "# Rundblick\n\n[Konfiguration](docs/ops.md#configuration) [hier](#nirgends) [Groß](docs/ops.md#Über-uns)\n",
      "docs/ops.md": "# Operations\n\n## Settings\n\n## Über uns\n",
    });
    const broken = checkLinks(root);
    expect(broken.map(({ file, line, target }) => `${file}:${line} ${target}`)).toEqual([
      "README.md:3 docs/ops.md#configuration",
      "README.md:3 #nirgends",
      "README.md:3 docs/ops.md#Über-uns",
    ]);
    expect(broken[2]!.reason).toContain("did you mean #über-uns?");
  });

  it("exits 1 and prints file:line from the command line", async () => {
    const root = project({ "README.md": "# R\n\n[kaputt](docs/weg.md#teil)\n" });
    const { code, out } = await new Promise<{ code: number; out: string }>((resolve) => {
      execFile(TSX, ["scripts/dev/check-links.ts", `--root=${root}`], { cwd: ROOT, timeout: 30_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, out: `${stdout}${stderr}` });
      });
    });
    expect(code).toBe(1);
    expect(out).toContain("README.md:3: broken link (docs/weg.md#teil): no such file: docs/weg.md");
  });
});
