import { connection } from "next/server";
import { getArticle } from "@/lib/articles";
import { READER_CACHE_CONTROL } from "@/lib/http";
import { getTickerChanges } from "@/lib/live";
import { isValidSlug } from "@/lib/slug";

/**
 * A running ticker's update address: `?v=<version>` is the version the
 * reader's page shows, and the answer is what changed since (JSON). Keyed
 * by that version, every reader in the same state shares one cached answer
 * in the front's response cache; it carries the ticker's tags, so it is
 * rendered again once per change, not per reader.
 */
export async function GET(request: Request, context: RouteContext<"/[section]/[slug]/eintraege">) {
  await connection();
  const { section, slug } = await context.params;
  const v = new URL(request.url).searchParams.get("v");
  const since = v !== null && /^\d{1,9}$/.test(v) ? Number(v) : null;
  const article = isValidSlug(section) && isValidSlug(slug) ? await getArticle(section, slug) : null;
  if (!article || article.kind !== "LIVETICKER") {
    return Response.json({ error: "Diesen Liveticker gibt es nicht." }, { status: 404 });
  }
  if (since === null) return Response.json({ error: "Bitte die Version angeben (?v=)." }, { status: 400, headers: { "Cache-Control": "no-store" } });
  const changes = await getTickerChanges(article.id, since);
  return Response.json(changes, { headers: { "Cache-Control": READER_CACHE_CONTROL, "X-Robots-Tag": "noindex" } });
}
