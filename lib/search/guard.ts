import { settings } from "../runtime/settings.mjs";
import { processSingleton } from "../runtime/process-state.mjs";
import type { PrismaClient } from "../db/generated/prisma/client";
import { findArticles, type SearchResults, type TooBroadNotice } from "./sql";
import type { SearchInput } from "./query";

/*
 * The search guard: no search holds the database longer than a bound, and
 * searches get a small share of its connections, so a burst of them (twenty
 * readers sending phrase searches at once) never takes the pool from cached
 * pages, article renders or the admin. Past the bound the reader gets a
 * German message ("zu allgemein", with what to narrow), never an error page.
 */

export type SearchGuardLimits = {
  /**
   * Each statement of a search may take this long (`SEARCH_TIMEOUT_MS`, default
   * 500): one does the work, the parse before it takes well under a millisecond.
   */
  timeoutMs: number;
  /** Searches on the database at once (`SEARCH_CONCURRENCY`, default 3; at most the pool minus one). */
  concurrency: number;
  /**
   * Longest wait for a turn before the reader gets "busy": four time bounds
   * by default, so a burst of twenty slow searches on three turns is answered
   * rather than turned away, and no reader waits more than 2.5 s in all.
   */
  waitMs: number;
};

export function searchGuardLimits(): SearchGuardLimits {
  const { searchTimeoutMs, searchConcurrency, databasePoolMax } = settings();
  return {
    timeoutMs: searchTimeoutMs,
    concurrency: Math.max(1, Math.min(searchConcurrency, databasePoolMax - 1)),
    waitMs: 4 * searchTimeoutMs,
  };
}

/**
 * A counting semaphore whose waiters give up after a deadline (false), so a
 * queue of searches cannot grow without bound.
 */
export class SearchSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {}

  acquire(waitMs: number): Promise<boolean> {
    if (this.running < this.size) {
      this.running++;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const grant = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(grant);
        if (index >= 0) this.waiting.splice(index, 1);
        resolve(false);
      }, waitMs);
      this.waiting.push(grant);
    });
  }

  /** Hands the slot straight to the next waiter, if any. */
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

/** One set per process (and size: tests run with their own limits). */
function slots(size: number): SearchSlots {
  return processSingleton(`search-slots-${size}`, () => new SearchSlots(size));
}

/** Postgres cancelled the statement: SQLSTATE 57014 (statement_timeout). */
export function isStatementTimeout(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): boolean => {
    if (!value || typeof value !== "object" || seen.has(value) || depth > 6) return false;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (record.code === "57014" || record.originalCode === "57014") return true;
    if (typeof record.message === "string" && record.message.includes("statement timeout")) return true;
    return Object.values(record).some((child) => visit(child, depth + 1)) || visit(record.cause, depth + 1);
  };
  return visit(error, 0);
}

/**
 * findArticles under the guard: waits at most `waitMs` for one of
 * `concurrency` slots ("busy" after that), then runs the search in a
 * transaction with `SET LOCAL statement_timeout`, so Postgres itself ends a
 * search that runs long and the connection goes straight back to the pool
 * ("too-broad"). Other database errors pass through.
 */
export async function guardedSearch(
  db: PrismaClient,
  input: SearchInput,
  limits: SearchGuardLimits = searchGuardLimits(),
): Promise<SearchResults> {
  const page = Math.max(1, Math.floor(input.page));
  const refused = (notice: TooBroadNotice): SearchResults => ({ items: [], page, pageCount: 1, total: 0, capped: false, notice });
  const queue = slots(limits.concurrency);
  if (!(await queue.acquire(limits.waitMs))) return refused("busy");
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${Math.floor(limits.timeoutMs)}`);
        return findArticles(tx, input);
      },
      // Prisma's own bounds stay above the statement timeout, so Postgres ends it first.
      { maxWait: limits.timeoutMs * 4, timeout: limits.timeoutMs * 4 },
    );
  } catch (error) {
    if (isStatementTimeout(error)) return refused("too-broad");
    throw error;
  } finally {
    queue.release();
  }
}
