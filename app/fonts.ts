import localFont from "next/font/local";

// Font files come from npm (@fontsource-variable), so builds need no network.
//
// Not preloaded: text paints at once in a metric-matched fallback
// (`display: "swap"`) and is redrawn when the font arrives. Preloading the
// files (150 KB) delayed the first paint on every first visit and scored
// worse in Lighthouse, with `display: "optional"` too; the serif italic is
// used only in quotations and emphasis. See "Page quality" in the README.
//
// The fallbacks ("Inter Fallback", "Source Serif Fallback") are declared in
// app/globals.css rather than by next/font: next/font names one local font
// (Arial, Times New Roman), which Linux and ChromeOS do not have, so there
// the text first painted in a wider system font and moved when the web font
// came. Those faces also name the metric-compatible Liberation and
// Arimo/Tinos fonts, and bold and italic cuts.
export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-sans",
  weight: "100 900",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  fallback: ["'Inter Fallback'", "ui-sans-serif", "system-ui", "sans-serif"],
});

export const sourceSerif = localFont({
  src: [
    { path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2", style: "normal" },
    { path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2", style: "italic" },
  ],
  variable: "--font-serif",
  weight: "200 900",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  fallback: ["'Source Serif Fallback'", "ui-serif", "Georgia", "serif"],
});
