/** Shape of one demo article as written by the editorial team (our own text). */
export type SeedArticle = {
  /** Section slug: politik | wirtschaft | sport | kultur | wissen | panorama */
  section: string;
  /** Slug of one of the authors in `authors.ts`. A second author is optional. */
  authors: string[];
  /** Dachzeile above the headline, 1–4 words. */
  kicker: string;
  /** Headline, at most ~90 characters. */
  title: string;
  /** Teaser, 1–2 sentences, 150–300 characters. */
  teaser: string;
  /** Tag names (German, readable), 2–4 per article. */
  tags: string[];
  /**
   * Publish time relative to the moment the seed runs, in hours.
   * Positive = in the past (published); negative = in the future (for SCHEDULED).
   */
  ageHours: number;
  /** Default PUBLISHED. DRAFT and SCHEDULED are never visible to readers. */
  status?: "PUBLISHED" | "DRAFT" | "SCHEDULED";
  /** Optional: hours after publishing that the article was last updated. */
  updatedAfterHours?: number;
  /** Describes the hero illustration for screen readers (German). */
  imageAlt: string;
  /** Markdown body: 250+ words, at least two `##` subheadings, no HTML. */
  body: string;
};
