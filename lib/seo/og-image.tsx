import { readFile } from "node:fs/promises";
import path from "node:path";
import { cacheLife } from "next/cache";
import { ImageResponse } from "next/og";
import { OG_IMAGE_SIZE, SITE_NAME } from "./metadata";

// Local font files from npm (Satori reads woff, not woff2); no network at build or run time.
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource");

let fontsPromise: Promise<NonNullable<ConstructorParameters<typeof ImageResponse>[1]>["fonts"]> | undefined;

function loadFonts() {
  fontsPromise ??= (async () => {
    const file = (pkg: string, name: string) => readFile(path.join(FONT_DIR, pkg, "files", name));
    const [serifLatin, serifExt, sansLatin, sansExt] = await Promise.all([
      file("source-serif-4", "source-serif-4-latin-700-normal.woff"),
      file("source-serif-4", "source-serif-4-latin-ext-700-normal.woff"),
      file("inter", "inter-latin-700-normal.woff"),
      file("inter", "inter-latin-ext-700-normal.woff"),
    ]);
    return [
      { name: "Source Serif", data: serifLatin, weight: 700 as const, style: "normal" as const },
      { name: "Source Serif", data: serifExt, weight: 700 as const, style: "normal" as const },
      { name: "Inter", data: sansLatin, weight: 700 as const, style: "normal" as const },
      { name: "Inter", data: sansExt, weight: 700 as const, style: "normal" as const },
    ];
  })();
  return fontsPromise;
}

/**
 * Emoji and pictographs would make the renderer fetch images from a CDN; the
 * card shows the text without them.
 */
export function ogText(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200D\u20E3\uFE0E\uFE0F\u{E0020}-\u{E007F}]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

export type OgCard = { kicker?: string; headline: string; section?: string };

/** The 1200×630 share card: kicker, headline, section and the site name. */
export async function renderOgImage(card: OgCard): Promise<ImageResponse> {
  const headline = ogText(card.headline);
  const size = headline.length > 90 ? 56 : headline.length > 50 ? 66 : 78;
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          background: "#fbfaf7",
          borderTop: "18px solid #9f1d20",
          padding: "56px 72px",
          fontFamily: "Inter",
          color: "#1a1a1a",
        }}
      >
        <div style={{ display: "flex", flexDirection: "column" }}>
          {card.kicker ? <div style={{ fontSize: 34, color: "#9f1d20", marginBottom: 18 }}>{ogText(card.kicker)}</div> : null}
          <div style={{ fontFamily: "Source Serif", fontSize: size, lineHeight: 1.15 }}>{headline}</div>
        </div>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "flex-end", borderTop: "2px solid #d8d4cc", paddingTop: 24 }}>
          <div style={{ fontFamily: "Source Serif", fontSize: 46 }}>{SITE_NAME}</div>
          {card.section ? <div style={{ fontSize: 30, color: "#555" }}>{ogText(card.section)}</div> : null}
        </div>
      </div>
    ),
    { ...OG_IMAGE_SIZE, fonts: await loadFonts() },
  );
}

/**
 * The card as PNG bytes, cached by its content: a changed headline is a new
 * cache entry, so no tag is needed and a render (some 100 ms) happens once.
 */
export async function renderOgPng(card: OgCard): Promise<Uint8Array> {
  "use cache";
  cacheLife("days");
  const image = await renderOgImage(card);
  return new Uint8Array(await image.arrayBuffer());
}

/** The answer of an opengraph-image route. */
export async function ogImageResponse(card: OgCard): Promise<Response> {
  const png = await renderOgPng({ kicker: card.kicker ?? "", headline: card.headline, section: card.section ?? "" });
  return new Response(png as Uint8Array<ArrayBuffer>, {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=0, s-maxage=3600, stale-while-revalidate=86400" },
  });
}
