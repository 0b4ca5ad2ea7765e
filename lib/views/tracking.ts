/**
 * View counting state for the whole process: the buffer, the visitor log and
 * the list of countable articles, shared through globalThis by Next's bundles
 * (route handler, instrumentation) and the beacon fast path in
 * scripts/server/server.ts. No `server-only` marker and no Next imports for that
 * reason; app code imports lib/views/index.ts.
 */
import { isbot } from "isbot";
import { db } from "../db/client";
import { flushOnShutdown, ViewBuffer } from "./buffer";
import { rollUpOldViews, writeViewCounts } from "./store";
import { advanceViewWindows, ensureViewWindows } from "./windows";
import { VisibleArticles } from "./visible";
import { VisitorLog } from "./visitor";
import { SharedVisitorLog } from "./shared-visitors";
import { sharedRedis } from "../redis/connection.mjs";

export type ViewOutcome = "counted" | "repeat" | "bot" | "unknown" | "dropped";

/** Who sent a beacon: the user agent ("" when missing) and the client address (see clientAddress()). */
export type Reader = { userAgent: string; address: string };

/**
 * Counting for one process: drops bots, unknown or hidden articles and
 * repeats within 30 minutes, and buffers the rest. Repeats are recognised
 * across instances through Redis when `shared` is given (and by this
 * process's log while Redis cannot answer). Tests build their own.
 */
export class ViewCounter {
  constructor(
    readonly buffer: ViewBuffer,
    readonly visitors: VisitorLog,
    readonly articles: VisibleArticles,
    readonly shared: SharedVisitorLog | null = null,
  ) {}

  /** Answers without a promise unless the list of articles must be loaded first or Redis is asked. */
  record(articleId: number, reader: Reader, now = Date.now()): ViewOutcome | Promise<ViewOutcome> {
    // Every browser sends a user agent; requests without one are scripts.
    if (!reader.userAgent || isbot(reader.userAgent)) return "bot";
    const visible = this.articles.visible(articleId, now);
    if (visible instanceof Promise) return visible.then((yes) => this.count(yes, articleId, reader, now));
    return this.count(visible, articleId, reader, now);
  }

  private count(visible: boolean, articleId: number, reader: Reader, now: number): ViewOutcome | Promise<ViewOutcome> {
    if (!visible) return "unknown";
    const shared = this.shared?.available ? this.shared : null;
    if (!shared) return this.countLocally(articleId, reader, now);
    return shared.claim(reader, articleId, now).then((first) => {
      if (first === null) return this.countLocally(articleId, reader, now);
      if (!first) return "repeat";
      if (this.buffer.add(articleId, now) === "dropped") {
        void shared.release(reader, articleId, now);
        return "dropped";
      }
      // Also in the local log: should Redis go away, this process still knows its recent readers.
      this.visitors.remember(this.visitors.visitorIds(reader.address, reader.userAgent, now)[0], articleId, now);
      return "counted";
    });
  }

  private countLocally(articleId: number, { userAgent, address }: Reader, now: number): ViewOutcome {
    const visitor = this.visitors.visitorIds(address, userAgent, now);
    if (this.visitors.seenRecently(visitor, articleId, now)) return "repeat";
    if (this.buffer.add(articleId, now) === "dropped") return "dropped";
    // Only a buffered view makes the reader "seen": a refused one (503) may be sent again.
    this.visitors.remember(visitor[0], articleId, now);
    return "counted";
  }
}

type ViewTracking = {
  counter: ViewCounter;
  started: boolean;
};

// One instance per process. Route handlers and instrumentation are bundled
// separately, so the module may be loaded twice; globalThis is shared.
const globalForViews = globalThis as unknown as { rundblickViews?: ViewTracking };

function tracking(): ViewTracking {
  globalForViews.rundblickViews ??= {
    counter: new ViewCounter(
      new ViewBuffer({
        write: (rows) => writeViewCounts(db, rows),
        flushIntervalMs: Number(process.env.VIEWS_FLUSH_MS) || 3_000,
      }),
      new VisitorLog(),
      new VisibleArticles(loadVisibleArticles),
      sharedVisitorLog(),
    ),
    started: false,
  };
  return globalForViews.rundblickViews;
}

function sharedVisitorLog(): SharedVisitorLog | null {
  const redis = sharedRedis();
  return redis ? new SharedVisitorLog(redis) : null;
}

async function loadVisibleArticles(): Promise<Map<number, number>> {
  // Same rule as visibleWhere() in lib/articles/index.ts, minus the time check,
  // which VisibleArticles makes per request so scheduled articles appear on time.
  const rows = await db.article.findMany({
    where: { status: { in: ["PUBLISHED", "SCHEDULED"] }, publishedAt: { not: null } },
    select: { id: true, publishedAt: true },
  });
  return new Map(rows.map((r) => [r.id, r.publishedAt!.getTime()]));
}

const ROLLUP_EVERY_MS = 3_600_000;
const ADVANCE_EVERY_MS = 60_000;

/**
 * Starts the flush timer, the shutdown flush, the move of the ranking windows
 * (checked every minute, so the hour that leaves a window is taken off soon
 * after the hour turns, not by a reader's request) and the hourly retention
 * rollup. Called once from instrumentation.ts; idempotent.
 */
export function startViewTracking(): void {
  const state = tracking();
  if (state.started) return;
  state.started = true;
  state.counter.buffer.start();
  flushOnShutdown(state.counter.buffer);
  const rollUp = background("Zusammenfassen alter Stundenwerte", () => rollUpOldViews(db));
  setTimeout(rollUp, 60_000).unref();
  setInterval(rollUp, ROLLUP_EVERY_MS).unref();
  background("Prüfen der Ranglisten-Fenster", async () => {
    if (await ensureViewWindows(db)) console.log("[views] Ranglisten-Fenster neu aufgebaut (die Liste der Fenster hat sich geändert).");
  })();
  setInterval(background("Weiterschieben der Ranglisten-Fenster", () => advanceViewWindows(db)), ADVANCE_EVERY_MS).unref();
}

/** A timer job whose failure is logged, not thrown. */
function background(label: string, job: () => Promise<unknown>): () => void {
  return () => {
    job().catch((error: unknown) => console.warn(`[views] ${label} fehlgeschlagen: ${error instanceof Error ? error.message : error}`));
  };
}

/**
 * One beacon, counted in this process's buffer (see ViewCounter). The beacon
 * fast path runs this per request. Logged-in editors are left out before
 * this, in the route handler.
 */
export function recordView(articleId: number, reader: Reader, now = Date.now()): ViewOutcome | Promise<ViewOutcome> {
  const state = tracking();
  if (!state.counter.buffer.running) startViewTracking();
  return state.counter.record(articleId, reader, now);
}

/** Counters for the bench (see GET /api/views). */
export function viewStats() {
  return tracking().counter.buffer.snapshotStats();
}

/** Writes the buffer now (tests, bench). */
export function flushViews(): Promise<boolean> {
  return tracking().counter.buffer.flush();
}
