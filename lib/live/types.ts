import type { PictureRef } from "../media/variants";

/** One entry as readers see it. */
export type LiveEntryView = {
  id: number;
  headline: string;
  bodyHtml: string;
  /** Plain text of the entry (JSON-LD, "Das Wichtigste" without a headline). */
  text: string;
  publishedAt: Date;
  /** Set when edited after publishing ("Aktualisiert"). */
  editedAt: Date | null;
  authorName: string;
  picture: PictureRef | null;
  imageAlt: string | null;
  imageCredit: string | null;
  keyEvent: boolean;
  pinned: boolean;
  closing: boolean;
};

export type KeyEventLink = { id: number; label: string; publishedAt: Date; href: string };

/** The head of a ticker's stream: what its first page shows above and as entries. */
export type TickerHead = {
  version: number;
  /** The newest visible entry's publish time (the LIVE label's time). */
  latestAt: Date | null;
  entries: LiveEntryView[];
  pinned: LiveEntryView | null;
  keyEvents: KeyEventLink[];
  /** `?vor=` of the next page of older entries, or null. */
  olderBefore: number | null;
  count: number;
};

export type OlderEntries = { entries: LiveEntryView[]; olderBefore: number | null };

/** The update address's answer (app/(site)/[section]/[slug]/eintraege). */
export type TickerChanges = {
  /** The version the reader has after applying this. */
  v: number;
  ended: boolean;
  /** True: too much changed (or an unknown version); reload the page. */
  reload?: boolean;
  /** Changed or new entries, newest first, as HTML; deleted ones as ids. */
  entries: { id: number; html: string }[];
  deleted: number[];
  /** The pinned entry and "Das Wichtigste", whole, when anything changed. */
  top?: string;
  latest: string | null;
};
