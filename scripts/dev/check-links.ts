/**
 * `npm run docs:links` (first step of `npm test`): the relative links of the
 * documentation must lead somewhere.
 *
 * Reads README.md and every Markdown file under docs/, finds relative links
 * and images (`[text](path)`, `[text](path#anchor)`, `[text](#anchor)`,
 * `![alt](path)`, reference definitions `[name]: path`, and `<a href>` /
 * `<img src>`), and fails, printing file:line and the target, when the file
 * does not exist or the anchor matches no heading of the target. Anchors
 * follow GitHub: lower case, punctuation dropped except `-` and `_`, spaces
 * become `-`, non-ASCII letters (ä, ö, ü, ß) kept, repeated headings get `-1`,
 * `-2`; `<a id>` / `<a name>` count too. Links to other sites (any
 * `scheme:`), and anything inside code, are not checked.
 *
 *   npm run docs:links [-- --root=<dir>] [files…]
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export type BrokenLink = { file: string; line: number; target: string; reason: string };

/** GitHub's anchor for a heading's text (github-slugger without the duplicate counter). */
export function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
    .replace(/ /g, "-");
}

/** A heading's text as GitHub renders it: no Markdown markers, no tags, link and code text kept, images dropped. */
export function headingText(markdown: string): string {
  // Code spans keep their text as it is; everything else loses its markup.
  return markdown
    .split(/((`+)[^`](?:.*?[^`])?\2(?!`))/)
    .filter((_part, index) => index % 3 !== 2)
    .map((part, index) => (index % 2 === 1 ? part.replace(/^`+ ?|(?<! ) ?`+$/g, "").replace(/^ (.*) $/, "$1") : plainText(part)))
    .join("")
    .trim();
}

function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/(\*\*|\*|~~)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(?<![\p{L}\p{N}])(__|_)(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}])/gu, "$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, "\u00a0");
}

/**
 * The file's lines with everything that is code (fenced blocks) or a comment
 * blanked out, so line numbers stay right and nothing in them counts.
 */
function proseLines(markdown: string): string[] {
  const lines = markdown.split(/\r?\n/);
  let fence: { char: string; length: number } | null = null;
  let inComment = false;
  return lines.map((line) => {
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = null;
      return "";
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open && !inComment) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      return "";
    }
    let out = "";
    let rest = line;
    while (rest) {
      if (inComment) {
        const end = rest.indexOf("-->");
        if (end < 0) return out;
        rest = rest.slice(end + 3);
        inComment = false;
      } else {
        const start = rest.indexOf("<!--");
        if (start < 0) return out + rest;
        out += rest.slice(0, start);
        rest = rest.slice(start + 4);
        inComment = true;
      }
    }
    return out;
  });
}

/** Inline code spans replaced by spaces (same length), paragraph by paragraph. */
function withoutInlineCode(lines: string[]): string {
  const text = lines.join("\n");
  return text
    .split(/(\n[ \t]*\n)/)
    .map((block) => block.replace(/(`+)[^`][\s\S]*?(?<!`)\1(?!`)/g, (span) => span.replace(/[^\n]/g, " ")))
    .join("");
}

/** Every anchor a Markdown file offers: its headings, GitHub-style, and explicit `<a id>` / `<a name>`. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const occurrences = new Map<string, number>();
  const add = (text: string) => {
    const base = githubSlug(headingText(text));
    let slug = base;
    while (occurrences.has(slug)) {
      const count = occurrences.get(base)! + 1;
      occurrences.set(base, count);
      slug = `${base}-${count}`;
    }
    occurrences.set(slug, 0);
    anchors.add(slug);
  };
  const lines = proseLines(markdown);
  lines.forEach((line, index) => {
    const atx = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (atx) add(atx[1] ?? "");
    const paragraph = setextText(lines, index);
    if (paragraph !== null) add(paragraph);
    for (const match of line.matchAll(/<a\s[^>]*?\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) anchors.add(match[1] ?? match[2] ?? "");
  });
  return anchors;
}

/**
 * The text of a setext heading (a paragraph underlined with `===` or `---`)
 * whose underline is the line after `index`, or null.
 */
function setextText(lines: string[], index: number): string | null {
  const line = lines[index]!;
  if (!/^ {0,3}(=+|-+)[ \t]*$/.test(lines[index + 1] ?? "") || !line.trim() || /^ {0,3}#/.test(line)) return null;
  const paragraph: string[] = [];
  for (let at = index; at >= 0 && lines[at]!.trim(); at--) paragraph.unshift(lines[at]!);
  // List items, quotes, tables and indented code are not paragraphs of their own.
  if (paragraph.some((text) => /^ {0,3}([-*+>|]|\d+[.)])(\s|$)/.test(text) || /^ {0,3}#/.test(text)) || /^\s{4}/.test(paragraph[0]!)) return null;
  return paragraph.map((text) => text.trim()).join(" ");
}

export type Link = { line: number; target: string };

/** Relative and absolute link targets in a Markdown file, outside code, with their line numbers. */
export function linksOf(markdown: string): Link[] {
  const text = withoutInlineCode(proseLines(markdown));
  const lineAt = (index: number) => text.slice(0, index).split("\n").length;
  const links: Link[] = [];
  const inline = /!?\[((?:[^[\]]|\[(?:[^[\]]|\[[^[\]]*\])*\])*)\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
  const scan = (chunk: string, offset: number) => {
    for (const match of chunk.matchAll(inline)) {
      const start = offset + match.index!;
      links.push({ line: lineAt(start), target: match[2]!.replace(/^<|>$/g, "") });
      // A link whose text holds an image, e.g. [![alt](picture.png)](page.md).
      if (match[1]!.includes("](")) scan(match[1]!, start + match[0].indexOf("[") + 1);
    }
  };
  scan(text, 0);
  for (const match of text.matchAll(/^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm)) {
    links.push({ line: lineAt(match.index!), target: match[1]!.replace(/^<|>$/g, "") });
  }
  for (const match of text.matchAll(/<(?:a|img)\s[^>]*?\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    links.push({ line: lineAt(match.index!), target: match[1] ?? match[2] ?? "" });
  }
  return links.sort((a, b) => a.line - b.line);
}

/** Links to other sites (`https:`, `mailto:`, any scheme, or `//host`) are not ours to check. */
function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//");
}

/** README.md and every Markdown file under docs/, relative to the root. */
export function documentationFiles(root: string): string[] {
  const files = existsSync(path.join(root, "README.md")) ? ["README.md"] : [];
  const walk = (dir: string) => {
    if (!existsSync(path.join(root, dir))) return;
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith(".md")) files.push(relative);
    }
  };
  walk("docs");
  return files;
}

/** Checks the links of the given files (relative to the root); returns what is broken. */
export function checkLinks(root: string, files = documentationFiles(root)): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const anchorCache = new Map<string, Set<string>>();
  const anchorsIn = (absolute: string) => {
    let anchors = anchorCache.get(absolute);
    if (!anchors) anchorCache.set(absolute, (anchors = anchorsOf(readFileSync(absolute, "utf8"))));
    return anchors;
  };
  for (const file of files) {
    const absoluteFile = path.resolve(root, file);
    for (const { line, target } of linksOf(readFileSync(absoluteFile, "utf8"))) {
      if (isExternal(target)) continue;
      const report = (reason: string) => broken.push({ file, line, target, reason });
      if (target === "") {
        report("empty link");
        continue;
      }
      const hashAt = target.indexOf("#");
      const pathPart = (hashAt < 0 ? target : target.slice(0, hashAt)).replace(/\?.*$/, "");
      const anchor = hashAt < 0 ? null : target.slice(hashAt + 1);
      let decodedPath: string;
      try {
        decodedPath = decodeURIComponent(pathPart);
      } catch {
        report("malformed address");
        continue;
      }
      const destination = decodedPath === "" ? absoluteFile : decodedPath.startsWith("/") ? path.join(root, decodedPath) : path.resolve(path.dirname(absoluteFile), decodedPath);
      if (!existsSync(destination)) {
        report(`no such file: ${path.relative(root, destination) || "."}`);
        continue;
      }
      if (anchor === null || anchor === "") continue;
      // Anchors are checked in Markdown files; elsewhere (#L10 in a source file) GitHub decides.
      const markdownFile = statSync(destination).isDirectory() ? path.join(destination, "README.md") : destination;
      if (!markdownFile.endsWith(".md") || !existsSync(markdownFile)) continue;
      let decodedAnchor: string;
      try {
        decodedAnchor = decodeURIComponent(anchor);
      } catch {
        report("malformed anchor");
        continue;
      }
      const anchors = anchorsIn(markdownFile);
      if (anchors.has(decodedAnchor)) continue;
      const near = [...anchors].find((candidate) => candidate === decodedAnchor.toLowerCase());
      report(`no heading for #${decodedAnchor} in ${path.relative(root, markdownFile)}${near ? ` (did you mean #${near}?)` : ""}`);
    }
  }
  return broken;
}

function main(): void {
  const args = process.argv.slice(2);
  const rootArg = args.find((arg) => arg.startsWith("--root="));
  const root = path.resolve(rootArg ? rootArg.slice("--root=".length) : path.join(import.meta.dirname, "..", ".."));
  const named = args.filter((arg) => !arg.startsWith("--"));
  const files = named.length ? named : documentationFiles(root);
  const broken = checkLinks(root, files);
  for (const { file, line, target, reason } of broken) console.error(`${file}:${line}: broken link (${target}): ${reason}`);
  if (broken.length) {
    console.error(`${broken.length} broken link${broken.length === 1 ? "" : "s"} in the documentation.`);
    process.exitCode = 1;
  } else {
    console.log(`Links checked in ${files.length} files: all lead somewhere.`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
