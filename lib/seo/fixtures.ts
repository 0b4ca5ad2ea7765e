import type { ArticleFull } from "../articles/types";

/** An article for unit tests of the SEO builders, with every character XML and HTML treat specially. */
export const sampleArticle: ArticleFull = {
  id: 42,
  slug: "mieten-steigen",
  kind: "ARTICLE",
  path: "/wirtschaft/mieten-steigen",
  section: { id: 2, slug: "wirtschaft", name: "Wirtschaft" },
  kicker: "Wohnen",
  title: "Mieten & Preise: \"Grenze\" <erreicht> – Köln 🏠",
  teaser: "Die Mieten steigen weiter.",
  publishedAt: new Date("2026-07-01T08:00:00Z"),
  updatedAt: new Date("2026-07-01T10:30:00Z"),
  imageUrl: "/images/demo/wirtschaft-1.svg",
  imageAlt: "Häuser",
  authors: [{ slug: "lena-hartmann", name: "Lena Hartmann" }],
  status: "PUBLISHED",
  body: "Text",
  bodyHtml: "<p>Text</p>",
  wordCount: 321,
  readingMinutes: 2,
  imageCredit: null,
  imageCaption: null,
  picture: null,
  seoTitle: null,
  seoDescription: null,
  tags: [
    { slug: "mieten", name: "Mieten" },
    { slug: "koeln", name: "Köln" },
  ],
};
