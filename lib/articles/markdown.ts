import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// GitHub's sanitizer schema, minus the clobber prefix on ids (we emit none) and
// with only web and mail links allowed. Raw HTML never reaches this point:
// remark-rehype drops it unless told otherwise.
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["http", "https"] },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

/** Renders an article body (Markdown) to safe HTML. Used by the public page and the admin preview alike. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

/** Words in a Markdown text, counted on its visible words. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#>*_`~|-]/g, " ");
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Reading time in whole minutes at 200 words a minute, at least one. */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(markdown) / 200));
}

/** The `##` subheadings of a body, in order. */
export function subheadings(markdown: string): string[] {
  return [...markdown.matchAll(/^##\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1]);
}
