import { connection } from "next/server";
import { buildRssFeed } from "@/lib/seo/feeds";
import { getFeedData } from "@/lib/seo/feeds-data";
import { paths } from "@/lib/articles/paths";
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME, siteUrl } from "@/lib/seo/metadata";
import { xmlHeaders } from "@/lib/seo/xml";

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
