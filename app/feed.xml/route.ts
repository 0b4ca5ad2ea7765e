import { connection } from "next/server";
import { buildRssFeed, getFeedData, absoluteUrl, SITE_DESCRIPTION, SITE_NAME, siteUrl, xmlHeaders } from "@/lib/seo";
import { paths } from "@/lib/articles";

export async function GET() {
  await connection();
  const data = await getFeedData();
  const origin = siteUrl();
  const xml = buildRssFeed({
    title: `${SITE_NAME} – alle Nachrichten`,
    link: absoluteUrl(paths.front(), origin),
    selfUrl: absoluteUrl(paths.feed(), origin),
    description: SITE_DESCRIPTION,
    items: (data?.articles ?? []).map(({ path, ...article }) => ({ ...article, url: absoluteUrl(path, origin) })),
  });
  return new Response(xml, { headers: xmlHeaders("application/rss+xml") });
}
