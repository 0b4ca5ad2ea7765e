import { connection } from "next/server";
import { siteUrl, xmlHeaders, buildUrlset, parseSitemapFileName, getSitemapFile, getSitemapPlan } from "@/lib/seo";

export async function GET(_request: Request, context: RouteContext<"/sitemap/[file]">) {
  await connection();
  const { file } = await context.params;
  const n = parseSitemapFileName(file);
  const entries = n === null ? null : await getSitemapFile(await getSitemapPlan(), n);
  if (!entries) {
    return new Response("Diese Sitemap gibt es nicht.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(buildUrlset(entries, siteUrl()), { headers: xmlHeaders("application/xml") });
}
