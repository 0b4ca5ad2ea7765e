import { Prisma, type PrismaClient } from "../db/generated/prisma/client";
import { paths } from "../articles/paths";
import { HEADLINE_OPTIONS, periodHours, type SearchInput, snippetToHtml } from "./query";
import type { LiveState, Page, SectionRef } from "../articles/types";

/*
 * The search's SQL, without caching and with the client passed in, so that
 * bench/search.ts runs exactly what the site runs. The app calls it through
 * searchArticles() in lib/search/index.ts.
 */

export const SEARCH_PAGE_SIZE = 20;
/** Readers never page past the 200 best hits. */
export const SEARCH_MAX_PAGES = 10;
/**
 * At most this many hits, the newest, are ranked and counted. Ranking and
 * counting cost time per hit, and a word in most articles ("sagte") would
 * otherwise read the whole archive; beyond it the page says "mehr als 1.000".
 */
export const SEARCH_MAX_HITS = 1000;

export type SearchHit = {
  id: number;
  path: string;
  section: SectionRef;
  kicker: string;
  title: string;
  publishedAt: Date;
  /** A Liveticker's LIVE label (null: an article). */
  live: LiveState | null;
  /** Escaped text with <mark> around the matched words; safe to render as HTML. */
  snippetHtml: string;
};

/**
 * Why a non-empty query found nothing without looking: it held no searchable
 * word ("die und"), or only exclusions ("-haus"), which would mean reading
 * every article.
 */
export type SearchNotice = "no-terms" | "only-exclusions" | TooBroadNotice;

/**
 * The search guard (lib/search/guard.ts) gave up: the query ran past its time
 * bound ("too-broad"), or too many searches were running and it waited past
 * the bound for a turn ("busy"). Not from findArticles itself.
 */
export type TooBroadNotice = "too-broad" | "busy";

/** What findArticles needs of a client: a pooled one or a transaction's. */
export type SearchClient = Pick<PrismaClient, "$queryRaw">;

/** `capped`: there are more than SEARCH_MAX_HITS hits; `total` is then SEARCH_MAX_HITS. */
export type SearchResults = Page<SearchHit> & { capped: boolean; notice?: SearchNotice };

type HitRow = {
  id: number;
  total: bigint;
  slug: string;
  kicker: string;
  title: string;
  publishedAt: Date;
  kind: string;
  liveLatestAt: Date | null;
  liveEndedAt: Date | null;
  sectionId: number;
  sectionSlug: string;
  sectionName: string;
  headline: string;
};

/**
 * Full-text search over visible articles (same rule as visibleWhere in
 * lib/articles/index.ts: published or scheduled, publish time passed), German
 * stemming, ranked by ts_rank_cd with a small boost for recent articles.
 * The query must come through sanitizeQuery (lib/search/query.ts).
 */
export async function findArticles(db: SearchClient, input: SearchInput): Promise<SearchResults> {
  const page = Math.max(1, Math.floor(input.page));
  const empty: SearchResults = { items: [], page, pageCount: 1, total: 0, capped: false };
  if (!input.query) return empty;

  const parsed = await parseQuery(db, input.query);
  if (parsed.notice) return { ...empty, notice: parsed.notice };

  const rows = page <= SEARCH_MAX_PAGES ? await db.$queryRaw<HitRow[]>(hitsQuery(parsed, input, page)) : [];
  let total = rows.length > 0 ? Number(rows[0].total) : 0;
  // A page past the end: count the hits for the page links.
  if (rows.length === 0 && page > 1) total = await countHits(db, parsed.tsquery, input);
  const capped = total > SEARCH_MAX_HITS;
  if (capped) total = SEARCH_MAX_HITS;
  return {
    items: rows.map(toHit),
    page,
    pageCount: Math.min(SEARCH_MAX_PAGES, Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE))),
    total,
    capped,
  };
}

// Stored timestamps are UTC without a zone; compare with the database's clock in UTC.
const NOW_UTC = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

function filters({ section, period }: SearchInput): Prisma.Sql {
  return Prisma.sql`a.status IN ('PUBLISHED', 'SCHEDULED')
    AND a."publishedAt" <= ${NOW_UTC}
    ${period ? Prisma.sql`AND a."publishedAt" >= ${NOW_UTC} - make_interval(hours => ${periodHours[period]}::int)` : Prisma.empty}
    ${section ? Prisma.sql`AND a."sectionId" = (SELECT id FROM "Section" WHERE slug = ${section})` : Prisma.empty}`;
}

type ParsedQuery = { tsquery: string; newestFromRum: boolean; phrase: boolean; notice?: undefined } | { tsquery?: undefined; notice: SearchNotice };

/** The RUM index of migration …_search_rum; only where the server has the extension. */
const RUM_INDEX = `public."Article_searchVector_rum_idx"`;

/**
 * Words in at least this share of articles (Postgres' own statistics of the
 * search vector) walk the publishedAt index instead: RUM sorts all of a
 * word's hits, which for "sagte" (most articles) costs ten times the walk.
 */
const RUM_MAX_WORD_SHARE = 0.1;

/**
 * `@@@` is `@@` under its old name, which only the GIN operator class still
 * lists: written so, a match cannot go through the RUM index, whose bitmap
 * scan of a phrase is ten times slower than GIN's (24 against 2.5 ms for
 * 4,700 candidates at 200,000 articles) though the planner rates them alike.
 */
const GIN_MATCH = Prisma.sql`@@@`;

/**
 * Newest first, in an order no index offers (the publishedAt index is DESC
 * NULLS FIRST; visible articles have a publish time, so the result is the
 * same). A phrase's words are often common and the phrase rare: the planner
 * rates the phrase as common as its words together and would walk the date
 * index, checking row after row for the phrase (a million rows, 3.8 s, for a
 * phrase with 865 hits at 1,000,000 articles). Ordered so, it reads the GIN
 * index and checks only the articles holding all the words.
 */
const PHRASE_NEWEST_FIRST = Prisma.sql`a."publishedAt" DESC NULLS LAST`;

/** `<->` or `<2>`: a phrase, whose word order RUM (time attached, no positions) cannot check. */
const PHRASE_OPERATOR = /<\d*-?>/;

/**
 * A round trip of its own for websearch_to_tsquery: the search statements then
 * get the parsed query as a constant (`'…'::tsquery`), so the planner sees how
 * common its words are (walk the publishedAt index newest first for a word in
 * most articles, read the GIN index for the rest) and nothing re-parses it per
 * row. websearch_to_tsquery never fails, but it may leave nothing to search for
 * (only stop words, punctuation or emoji), or only negations, which no index
 * can answer (querytree gives 'T'): then no article is read at all.
 * The same statement says whether the RUM index exists and is valid (it may
 * be added, or built concurrently, while the site runs) and how common the
 * query's most common searched word is (pg_stats of the search vector), so
 * the search picks its plan (see hitsQuery) without another round trip.
 */
async function parseQuery(db: SearchClient, query: string): Promise<ParsedQuery> {
  const [row] = await db.$queryRaw<{ tsquery: string; nodes: number; tree: string; rum: boolean; share: number | null }[]>(Prisma.sql`
    SELECT q::text AS tsquery, numnode(q) AS nodes, querytree(q) AS tree,
           EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass(${RUM_INDEX}) AND indisvalid) AS rum,
           (SELECT max(m.share)::float8
              FROM pg_stats st, unnest(st.most_common_elems::text::text[], st.most_common_elem_freqs) AS m(word, share)
             WHERE st.schemaname = 'public' AND st.tablename = 'Article' AND st.attname = 'searchVector'
               AND m.word IN (SELECT (regexp_matches(querytree(q), '''((?:[^'']|'''')*)''', 'g'))[1])) AS share
    FROM websearch_to_tsquery('german', ${query}) AS q`);
  if (!row || row.nodes === 0) return { notice: "no-terms" };
  if (row.tree === "T") return { notice: "only-exclusions" };
  const phrase = PHRASE_OPERATOR.test(row.tsquery);
  const newestFromRum = row.rum && !phrase && (row.share ?? 0) < RUM_MAX_WORD_SHARE;
  return { tsquery: row.tsquery, newestFromRum, phrase };
}

/** The parsed query; its text form reads back as the same tsquery. */
function tsQuery(tsquery: string): Prisma.Sql {
  return Prisma.sql`${tsquery}::tsquery`;
}

/**
 * One statement. `matches`: the newest SEARCH_MAX_HITS + 1 hits. With the RUM
 * index (`newestFromRum`) they come from the index in publish order (`<=|`:
 * the distance back from now), which needs no visit to the row of every hit,
 * so a common noun's cost follows its hits in the index rather than rows on
 * disk. Otherwise the planner reads them through the GIN index (rare words,
 * phrases) or walks the publishedAt index newest first (words in most
 * articles, where that walk stops after a few thousand rows). The hits keep
 * their row address (ctid), which the same statement's snapshot keeps valid,
 * so `hits` fetches each one's search vector straight from its page to rank
 * and count them (no index lookup, and no wide rows through the sort), and
 * keeps one page. Only then snippets for
 * those 20 rows (see snippet()). The recency boost is at most +30 % and halves
 * after two weeks (no exp(): it raises an underflow error for old articles).
 */
function hitsQuery(
  { tsquery, newestFromRum, phrase }: { tsquery: string; newestFromRum: boolean; phrase: boolean },
  input: SearchInput,
  page: number,
): Prisma.Sql {
  const newestFirst = newestFromRum
    ? Prisma.sql`a."publishedAt" <=| ${NOW_UTC}`
    : phrase
      ? PHRASE_NEWEST_FIRST
      : Prisma.sql`a."publishedAt" DESC`;
  return Prisma.sql`
    WITH matches AS MATERIALIZED (
      SELECT a.id, a.ctid AS tid, a."publishedAt"
      FROM "Article" a
      WHERE a."searchVector" ${newestFromRum ? Prisma.sql`@@` : GIN_MATCH} ${tsQuery(tsquery)} AND ${filters(input)}
      ORDER BY ${newestFirst}
      LIMIT ${SEARCH_MAX_HITS + 1}
    ),
    hits AS (
      SELECT m.id, m."publishedAt",
             ts_rank_cd(v."searchVector", ${tsQuery(tsquery)})
               * (1 + 0.3 / (1 + extract(epoch FROM ${NOW_UTC} - m."publishedAt")::float8 / 1209600)) AS score,
             count(*) OVER () AS total
      FROM matches m JOIN "Article" v ON v.ctid = m.tid
      ORDER BY score DESC, m."publishedAt" DESC, m.id DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}
    )
    SELECT h.id, h.total, a.slug, a.kicker, a.title, a."publishedAt", a.kind::text AS kind, a."liveLatestAt", a."liveEndedAt",
           s.id AS "sectionId", s.slug AS "sectionSlug", s.name AS "sectionName",
           ${snippet(tsquery)} AS headline
    FROM hits h
    JOIN "Article" a ON a.id = h.id
    JOIN "Section" s ON s.id = a."sectionId"
    ${teaserHeadline(tsquery)}
    ORDER BY h.score DESC, h."publishedAt" DESC, h.id DESC`;
}

/**
 * The snippet: ts_headline, which parses and stems the whole text it gets
 * (about 0.25 ms for teaser and body of a 220-word article, the bulk of a
 * query's snippet time). When the teaser matches the query on its own (kicker
 * and teaser are weight B in the search vector, so the vector tells without
 * parsing) and ts_headline marks a word in it, the teaser alone is the
 * snippet, else teaser and body as before. The markers are control
 * characters: strip any from the text so only ts_headline sets them.
 */
function snippet(tsquery: string): Prisma.Sql {
  return Prisma.sql`coalesce(
             CASE WHEN strpos(t.headline, E'\\x01') > 0 THEN t.headline END,
             ${headline(tsquery, Prisma.sql`a.teaser || E'\\n' || a.body`)})`;
}

/** ts_headline of the teaser when the search vector says the teaser (or kicker) matches, else null. */
function teaserHeadline(tsquery: string): Prisma.Sql {
  return Prisma.sql`CROSS JOIN LATERAL (
      SELECT CASE WHEN ts_filter(a."searchVector", '{b}') @@ ${tsQuery(tsquery)}
                  THEN ${headline(tsquery, Prisma.sql`a.teaser`)} END AS headline
    ) t`;
}

function headline(tsquery: string, text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`ts_headline('german', translate(${text}, E'\\x01\\x02', ''), ${tsQuery(tsquery)}, ${HEADLINE_OPTIONS})`;
}

/**
 * For bench/search.ts: the plan of the statement findArticles runs for this
 * input, as the names of the indexes it reads (or "Seq Scan"), e.g.
 * "Article_searchVector_rum_idx". Null when no statement would run.
 */
export async function searchPlan(db: SearchClient, input: SearchInput): Promise<string | null> {
  if (!input.query) return null;
  const parsed = await parseQuery(db, input.query);
  if (parsed.notice) return null;
  const [row] = await db.$queryRaw<{ "QUERY PLAN": unknown }[]>(
    Prisma.sql`EXPLAIN (FORMAT JSON) ${hitsQuery(parsed, input, Math.max(1, input.page))}`,
  );
  const used = new Set<string>();
  const walk = (node: Record<string, unknown>) => {
    if (typeof node["Relation Name"] === "string" && node["Relation Name"] === "Article") {
      used.add(typeof node["Index Name"] === "string" ? `${node["Node Type"]} ${node["Index Name"]}` : String(node["Node Type"]));
    }
    if (typeof node["Index Name"] === "string" && node["Node Type"] === "Bitmap Index Scan") used.add(`Bitmap ${node["Index Name"]}`);
    for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
  };
  const plan = row["QUERY PLAN"] as { Plan: Record<string, unknown> }[];
  walk(plan[0].Plan);
  return [...used].filter((name) => name !== "Bitmap Heap Scan" && name !== "Tid Scan" && !name.includes("Article_pkey")).join(", ");
}

async function countHits(db: SearchClient, tsquery: string, input: SearchInput): Promise<number> {
  const [row] = await db.$queryRaw<{ total: bigint }[]>(Prisma.sql`
    SELECT count(*) AS total FROM (
      SELECT 1 FROM "Article" a
      WHERE a."searchVector" ${GIN_MATCH} ${tsQuery(tsquery)} AND ${filters(input)}
      LIMIT ${SEARCH_MAX_HITS + 1}
    ) capped`);
  return Number(row?.total ?? 0);
}

function toHit(row: HitRow): SearchHit {
  return {
    id: row.id,
    path: paths.article(row.sectionSlug, row.slug),
    section: { id: row.sectionId, slug: row.sectionSlug, name: row.sectionName },
    kicker: row.kicker,
    title: row.title,
    publishedAt: row.publishedAt,
    live: row.kind === "LIVETICKER" ? { latestAt: row.liveLatestAt, endedAt: row.liveEndedAt } : null,
    snippetHtml: snippetToHtml(row.headline),
  };
}
