import localFont from "next/font/local";

// Font files come from npm (@fontsource-variable), so builds need no network.
//
// Not preloaded: text paints at once in next/font's metric-matched fallback
// (`display: "swap"`) and is redrawn when the font arrives. Preloading the
// files (150 KB) delayed the first paint on every first visit and scored
// worse in Lighthouse, with `display: "optional"` too; the serif italic is
// used only in quotations and emphasis. See "Page quality" in the README.
// The serif's fallback takes Times New Roman's metrics (next/font's default
// is Arial's, a sans).
export const sans = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-sans",
  weight: "100 900",
  display: "swap",
  preload: false,
});

export const serif = localFont({
  src: [
    { path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2", style: "normal" },
    { path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2", style: "italic" },
  ],
  variable: "--font-serif",
  weight: "200 900",
  display: "swap",
  adjustFontFallback: "Times New Roman",
  preload: false,
});
