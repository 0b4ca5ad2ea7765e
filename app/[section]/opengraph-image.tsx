// Outside the (site) group on purpose, for a stable URL: /<section>/opengraph-image (see lib/seo/metadata.ts).
import { connection } from "next/server";
import { findSection } from "@/lib/articles";
import { SITE_NAME, ogImageResponse } from "@/lib/seo";

export const alt = `${SITE_NAME} – Ressort`;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ section: string }> }) {
  await connection();
  const { section: slug } = await params;
  const section = await findSection(slug);
  if (!section) return new Response("Nicht gefunden", { status: 404 });
  return ogImageResponse({ kicker: "Ressort", headline: section.name });
}
