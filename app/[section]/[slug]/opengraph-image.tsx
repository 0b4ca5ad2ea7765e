// Outside the (site) group on purpose: a route group in the path makes Next add a hash to the
// image URL; here it stays /<section>/<slug>/opengraph-image, which lib/seo/metadata.ts and JSON-LD link to.
import { connection } from "next/server";
import { structuredDataCrops } from "@/lib/media/client-safe";
import { absoluteUrl, SITE_NAME, ogImageResponse } from "@/lib/seo";
import { getArticle } from "@/lib/articles";
import { isValidSlug } from "@/lib/slug";

export const alt = `${SITE_NAME} – Artikel`;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ section: string; slug: string }> }) {
  await connection();
  const { section, slug } = await params;
  const article = isValidSlug(section) && isValidSlug(slug) ? await getArticle(section, slug) : null;
  if (!article) return new Response("Nicht gefunden", { status: 404 });
  // With a picture, the share image is its 16:9 crop (as in og:image): send anyone asking here there.
  if (article.picture) {
    const crop = structuredDataCrops(article.picture).find((c) => c.ratio === "16x9")!;
    return new Response(null, { status: 307, headers: { Location: absoluteUrl(crop.url), "Cache-Control": "public, max-age=0, s-maxage=3600" } });
  }
  return ogImageResponse({ kicker: article.kicker, headline: article.title, section: article.section.name });
}
