import { ogImageResponse, SITE_NAME } from "@/lib/seo";

export const alt = SITE_NAME;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// The site card needs no data, so it may be rendered at build time.
export default async function Image() {
  return ogImageResponse({ kicker: "Nachrichten", headline: "Nachrichten aus Deutschland und der Welt" });
}
