import localFont from "next/font/local";

// Font files come from npm (@fontsource-variable), so builds need no network.
//
// Not preloaded: the largest element of every reader page is text, painted at
// once in the metric-matched fallback (`display: "swap"`, next/font's
// adjusted fallback) and redrawn when the font arrives. Preloading the three
// files (150 KB) put them ahead of the stylesheet and the page's scripts on
// every first visit, and the serif italic is used only in quotations. See
// "Page quality" in the README.
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
  preload: false,
});
