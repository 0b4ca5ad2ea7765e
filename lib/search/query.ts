/**
 * Reading and cleaning what readers type into the search: pure functions, no
 * database. The SQL side (lib/search/index.ts) gets only values that passed here.
 */

/** Longer queries are cut: nobody types more, and it bounds the work per query. */
export const MAX_QUERY_LENGTH = 200;

export const SEARCH_PERIODS = ["24h", "7tage", "30tage"] as const;
/** Absent means the whole archive. */
export type SearchPeriod = (typeof SEARCH_PERIODS)[number];

export const periodLabels: Record<SearchPeriod | "alle", string> = {
  alle: "Gesamter Zeitraum",
  "24h": "Letzte 24 Stunden",
  "7tage": "Letzte 7 Tage",
  "30tage": "Letzte 30 Tage",
};

/** For "… Treffer für „x“ (in den letzten 7 Tagen)". */
export const periodPhrases: Record<SearchPeriod, string> = {
  "24h": "in den letzten 24 Stunden",
  "7tage": "in den letzten 7 Tagen",
  "30tage": "in den letzten 30 Tagen",
};

export const periodHours: Record<SearchPeriod, number> = { "24h": 24, "7tage": 7 * 24, "30tage": 30 * 24 };

export type SearchInput = {
  query: string;
  section?: string;
  period?: SearchPeriod;
  page: number;
};

type Param = string | string[] | undefined;

function first(value: Param): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The query as the database gets it: well-formed Unicode in NFC, control and
 * invisible format characters gone (Postgres rejects NUL outright), whitespace
 * collapsed, at most MAX_QUERY_LENGTH characters without splitting a character.
 * Quotes, operators and punctuation stay: websearch_to_tsquery reads them and
 * never fails on them.
 */
export function sanitizeQuery(raw: Param): string {
  const value = first(raw);
  if (typeof value !== "string") return "";
  const cleaned = value
    .toWellFormed()
    .normalize("NFC")
    .replace(/\p{Cf}+/gu, "")
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join("").trim();
}

/**
 * The query as the search and the caches key it: sanitised and lower-case
 * (the search ignores case: stemming lower-cases every word, and `or` is read
 * in any case). Applying it twice gives the same string.
 */
export function normalizeQuery(raw: Param): string {
  return sanitizeQuery(sanitizeQuery(raw).toLocaleLowerCase("de-DE"));
}

function parsePage(raw: Param): number {
  const value = first(raw);
  return typeof value === "string" && /^\d{1,6}$/.test(value) && Number(value) >= 1 ? Number(value) : 1;
}

/**
 * The one URL of a search: normalised query, only the parameters the search
 * reads, in a fixed order, defaults left out. `/suche?q=Deutsche%20Bahn&seite=1`
 * and `/suche?q=deutsche++bahn` both become `/suche?q=deutsche+bahn`; the
 * proxy redirects every other form there (308), so the front's response cache
 * keeps one copy per search rather than one per spelling of its URL.
 */
export function canonicalSearchHref(params: URLSearchParams): string {
  const all = (name: string) => params.getAll(name);
  return searchHref({
    query: normalizeQuery(all("q")),
    section: parseSectionParam(all("ressort")),
    period: parsePeriod(all("zeitraum")),
    page: parsePage(all("seite")),
  });
}

export function parsePeriod(raw: Param): SearchPeriod | undefined {
  const value = first(raw);
  return SEARCH_PERIODS.find((p) => p === value);
}

/** A section slug as it can exist (lower-case ASCII words joined by `-`), else none. */
export function parseSectionParam(raw: Param): string | undefined {
  const value = first(raw);
  return typeof value === "string" && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 100 ? value : undefined;
}

/** `/suche?…` with only the parameters that differ from the defaults. */
export function searchHref({ query, section, period, page }: Partial<SearchInput>): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (section) params.set("ressort", section);
  if (period) params.set("zeitraum", period);
  if (page && page > 1) params.set("seite", String(page));
  const search = params.toString();
  return search ? `/suche?${search}` : "/suche";
}

const START = "\u0001";
const STOP = "\u0002";

/** ts_headline options; the markers are control characters no stored text keeps (see lib/search/index.ts). */
export const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=25, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;

const htmlEscapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEscapes[c]);
}

/**
 * Markdown syntax is noise in a snippet: keep link and image texts, drop
 * emphasis, heading, quote and code markers.
 */
function stripMarkdown(text: string): string {
  return text
    // Also a link cut off by the end of a fragment: URLs hold no spaces.
    .replace(/!?\[([^\]]*)\]\([^)\s]*\)?/g, "$1")
    .replace(/(^|\s)#{1,6}(?=\s)/g, "$1")
    .replace(/(^|\n)[ \t]*[-+](?=[ \t])/g, "$1")
    .replace(/\*+|`+|~~|(^|\s)>(?=\s)/g, "$1")
    .replace(/(^|\s)_+|_+(?=\s|$)/g, "$1");
}

/**
 * HTML for a ts_headline result: everything escaped, then only the markers
 * become <mark> elements, always balanced. Nothing from the article text can
 * turn into markup.
 */
export function snippetToHtml(headline: string): string {
  let html = "";
  let open = false;
  for (const part of stripMarkdown(headline).replace(/\s+/g, " ").trim().split(/([\u0001\u0002])/)) {
    if (part === START) {
      if (!open) html += "<mark>";
      open = true;
    } else if (part === STOP) {
      if (open) html += "</mark>";
      open = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return open ? `${html}</mark>` : html;
}
