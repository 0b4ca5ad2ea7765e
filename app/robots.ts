import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { absoluteUrl, siteUrl } from "@/lib/seo";

// Rendered per request: the sitemap URLs follow SITE_URL at run time, not at build.
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  const origin = siteUrl();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api"] },
    sitemap: [absoluteUrl("/sitemap.xml", origin), absoluteUrl("/news-sitemap.xml", origin)],
  };
}
