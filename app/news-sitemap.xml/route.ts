import { connection } from "next/server";
import { SITE_NAME, siteUrl } from "@/lib/seo/metadata";
import { xmlHeaders } from "@/lib/seo/xml";
import { buildNewsSitemap } from "@/lib/seo/sitemaps";
import { getNewsSitemapEntries } from "@/lib/seo/sitemaps-data";

export async function GET() {
  await connection();
  const entries = await getNewsSitemapEntries();
  return new Response(buildNewsSitemap(entries, siteUrl(), SITE_NAME), { headers: xmlHeaders("application/xml") });
}
