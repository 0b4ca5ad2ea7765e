import { connection } from "next/server";
import { buildRssFeed, getFeedData, absoluteUrl, SITE_NAME, siteUrl, xmlHeaders } from "@/lib/seo";
import { paths } from "@/lib/articles";
import { isValidSlug } from "@/lib/slug";

export async function GET(_request: Request, context: RouteContext<"/[section]/feed.xml">) {
  await connection();
  const { section: slug } = await context.params;
  const data = isValidSlug(slug) ? await getFeedData(slug) : null;
  if (!data?.section) {
    return new Response("Diesen Feed gibt es nicht.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { section } = data;
  const origin = siteUrl();
  const xml = buildRssFeed({
    title: `${SITE_NAME} – ${section.name}`,
    link: absoluteUrl(paths.section(section.slug), origin),
    selfUrl: absoluteUrl(paths.feed(section.slug), origin),
    description: section.description || `Aktuelle Nachrichten aus dem Ressort ${section.name}.`,
    items: data.articles.map(({ path, ...article }) => ({ ...article, url: absoluteUrl(path, origin) })),
  });
  return new Response(xml, { headers: xmlHeaders("application/rss+xml") });
}
