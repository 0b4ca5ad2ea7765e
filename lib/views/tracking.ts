/**
 * View counting for the whole process: the buffer, the visitor log and the
 * list of countable articles, one per process (lib/runtime's process
 * singleton) for the beacon fast path in scripts/server/server.ts and Next's
 * route handler alike. Under `npm start` the front process counts every view:
 * the renderer hands the views of its beacon route to the front
 * (forwardViewsTo) and runs none of the view jobs. No `server-only` marker and
 * no Next imports, since the front loads this too; app code imports
 * lib/views/index.ts.
 */
import { isbot } from "isbot";
import { db } from "../db/client";
import { existingProcessSingleton, onShutdown, processSingleton, settings, SHUTDOWN_DEADLINE_MS, startJob, startRepeatingJob } from "../runtime";
import { ViewBuffer } from "./buffer";
import { rollUpOldViews, writeViewCounts } from "./store";
import { advanceViewWindows, ensureViewWindows } from "./windows";
import { VisibleArticles } from "./visible";
import { VisitorLog } from "./visitor";
import { SharedVisitorLog } from "./shared-visitors";
import { sharedRedis } from "../redis/connection.mjs";

export type ViewOutcome = "counted" | "repeat" | "bot" | "unknown" | "dropped";

/** Who sent a beacon: the user agent ("" when missing) and the client address (lib/http/client-address.ts). */
export type Reader = { userAgent: string; address: string };

/**
 * The address of a reader whose address nobody knows (plain `next dev`
 * without TRUST_PROXY): such readers are told apart by user agent only, which
 * can under-count identical browsers but never be inflated by a forged header.
 */
export const UNKNOWN_ADDRESS = "direct";

/**
 * Counting for one process: drops bots, unknown or hidden articles and
 * repeats within 30 minutes, and buffers the rest. Repeats are recognised
 * across instances through Redis when `shared` is given (and by this
 * process's log while Redis cannot answer). Tests build their own.
 *
 * While the list of articles cannot be loaded (the database is down before
 * the first beacon loaded it), beacons are still taken: their articles are
 * marked unchecked, and the write (writeViewCounts) counts an unchecked
 * article only if it is visible then, so a made-up id is dropped, not counted.
 */
export class ViewCounter {
  /** Articles taken without the list: checked when their views are written. */
  private readonly unchecked = new Set<number>();

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
    if (visible instanceof Promise) {
      return visible.then(
        (yes) => this.count(yes, articleId, reader, now),
        () => {
          this.unchecked.add(articleId);
          return this.count(true, articleId, reader, now);
        },
      );
    }
    return this.count(visible, articleId, reader, now);
  }

  /**
   * Writes one batch (the buffer's writer): unchecked articles are checked in
   * the statement. Once the buffer is empty after a write, every unchecked
   * article has been checked.
   */
  async write(client: Parameters<typeof writeViewCounts>[0], rows: Parameters<typeof writeViewCounts>[1]): Promise<void> {
    const check = [...this.unchecked];
    await writeViewCounts(client, rows, check);
    if (this.buffer.pending === 0) for (const id of check) this.unchecked.delete(id);
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

/** This process's counter, made on first use. */
function counter(): ViewCounter {
  return processSingleton("viewCounter", () => {
    const made: ViewCounter = new ViewCounter(
      new ViewBuffer({ write: (rows) => made.write(db, rows), flushIntervalMs: settings().viewsFlushMs }),
      new VisitorLog(),
      new VisibleArticles(loadVisibleArticles),
      sharedVisitorLog(),
    );
    return made;
  });
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
 * Starts this process's view jobs: the buffer's flush every few seconds (and
 * its last write when the process shuts down), the ranking windows (checked
 * once at start, then moved every minute, so the hour that leaves a window is
 * taken off soon after the hour turns, not by a reader's request) and the
 * hourly retention rollup. Called once by the process that counts views: the
 * front process under `npm start`, or Next itself when it runs alone
 * (`next dev`, instrumentation.ts).
 */
export function startViewJobs(): void {
  const buffer = counter().buffer;
  startJob("views:flush", () => {
    buffer.start();
    const unhook = onShutdown("views:flush", () => buffer.drain(SHUTDOWN_DEADLINE_MS - 500));
    return () => {
      buffer.stop();
      unhook();
    };
  });
  startJob("views:windows", () => {
    const log = (label: string) => (error: unknown) =>
      console.warn(`[views] ${label} fehlgeschlagen: ${error instanceof Error ? error.message : error}`);
    ensureViewWindows(db).then(
      (rebuilt) => rebuilt && console.log("[views] Ranglisten-Fenster neu aufgebaut (die Liste der Fenster hat sich geändert)."),
      log("Prüfen der Ranglisten-Fenster"),
    );
    const timer = setInterval(() => void advanceViewWindows(db).catch(log("Weiterschieben der Ranglisten-Fenster")), ADVANCE_EVERY_MS);
    timer.unref();
    return () => clearInterval(timer);
  });
  startRepeatingJob("views:rollup", {
    label: "Zusammenfassen alter Stundenwerte",
    firstAfterMs: 60_000,
    everyMs: ROLLUP_EVERY_MS,
    run: () => rollUpOldViews(db),
  });
}

type ViewRecorder = (articleId: number, reader: Reader) => ViewOutcome | Promise<ViewOutcome>;

/**
 * From now on this process counts no views itself but hands each to
 * `forward` (the renderer behind the front: the front's buffer counts them).
 */
export function forwardViewsTo(forward: ViewRecorder): void {
  processSingleton("viewForwarder", () => forward);
}

/**
 * One beacon, counted in this process's buffer (see ViewCounter), or handed
 * to the process that counts (forwardViewsTo). The beacon fast path runs this
 * per request. Logged-in editors are left out before this, in the route handler.
 */
export function recordView(articleId: number, reader: Reader, now = Date.now()): ViewOutcome | Promise<ViewOutcome> {
  const forward = existingProcessSingleton("viewForwarder") as ViewRecorder | undefined;
  return forward ? forward(articleId, reader) : counter().record(articleId, reader, now);
}

/** Counters for the bench (see GET /api/views). */
export function viewStats() {
  return counter().buffer.snapshotStats();
}

/** Writes the buffer now (tests, bench). */
export function flushViews(): Promise<boolean> {
  return counter().buffer.flush();
}
