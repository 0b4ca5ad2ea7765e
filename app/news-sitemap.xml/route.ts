import { connection } from "next/server";
import { SITE_NAME, siteUrl, xmlHeaders, buildNewsSitemap, getNewsSitemapEntries } from "@/lib/seo";

export async function GET() {
  await connection();
  const entries = await getNewsSitemapEntries();
  return new Response(buildNewsSitemap(entries, siteUrl(), SITE_NAME), { headers: xmlHeaders("application/xml") });
}
