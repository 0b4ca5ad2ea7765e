/**
 * Instants as SQL for the timestamp columns, which are `timestamp without time
 * zone` holding UTC: converted explicitly, never through the session's time
 * zone. Free of Next imports (benches and scripts use the SQL too).
 *
 * `sql` is Prisma's own tag (the generated client's `Prisma.sql` is this very
 * function), taken from the runtime package so that modules the seed loads do
 * not load the generated client, which Playwright's loader cannot import.
 */
import { sqltag as sql, type Sql } from "@prisma/client/runtime/client";

export { sql, type Sql };

const HOUR_MS = 3_600_000;

export function utcTimestamp(at: Date | number): Sql {
  const ms = typeof at === "number" ? at : at.getTime();
  return sql`(to_timestamp(${ms / 1000}::double precision) AT TIME ZONE 'UTC')`;
}

/** The start of the UTC hour `at` falls in. */
export function utcHourStart(at: Date | number): Sql {
  const ms = typeof at === "number" ? at : at.getTime();
  return utcTimestamp(Math.floor(ms / HOUR_MS) * HOUR_MS);
}
