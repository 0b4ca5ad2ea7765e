/** View types: what pages and components get. Components never see raw rows. */
import type { PictureRef } from "../media/variants";

export type SectionRef = { id: number; slug: string; name: string };

export type SectionInfo = SectionRef & { description: string };

export type AuthorRef = { slug: string; name: string };

export type TagRef = { slug: string; name: string };

export type ArticleCard = {
  id: number;
  slug: string;
  path: string;
  section: SectionRef;
  kicker: string;
  title: string;
  teaser: string;
  publishedAt: Date;
  updatedAt: Date;
  imageUrl: string | null;
  imageAlt: string | null;
  /** An uploaded picture (lib/media/variants.ts builds its file names). */
  picture: PictureRef | null;
  authors: AuthorRef[];
  /** A Liveticker's state for its LIVE label (absent or null: an article). */
  live?: LiveState | null;
};

/** A running ticker shows "LIVE" with its latest entry's time; an ended one says when it ended. */
export type LiveState = { latestAt: Date | null; endedAt: Date | null };

export type ArticleStatus = "DRAFT" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED";

export type ArticleFull = ArticleCard & {
  kind: "ARTICLE" | "LIVETICKER";
  status: ArticleStatus;
  body: string;
  bodyHtml: string;
  wordCount: number;
  readingMinutes: number;
  imageCredit: string | null;
  imageCaption: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  tags: TagRef[];
};

export type Page<T> = {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
};

export type AuthorProfile = AuthorRef & { jobTitle: string; bio: string };
