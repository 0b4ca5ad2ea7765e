import { connection } from "next/server";
import { siteUrl, xmlHeaders, buildSitemapIndex, buildUrlset, sitemapFilePath, getSitemapFile, getSitemapPlan } from "@/lib/seo";

// One urlset while everything fits into one file; a sitemap index of
// /sitemap/<n>.xml files beyond 50,000 URLs.
export async function GET() {
  await connection();
  const plan = await getSitemapPlan();
  const origin = siteUrl();
  if (plan.fileCount > 1) {
    const files = Array.from({ length: plan.fileCount }, (_, i) => ({ path: sitemapFilePath(i + 1) }));
    return new Response(buildSitemapIndex(files, origin), { headers: xmlHeaders("application/xml") });
  }
  const entries = (await getSitemapFile(plan, 1)) ?? [];
  return new Response(buildUrlset(entries, origin), { headers: xmlHeaders("application/xml") });
}
