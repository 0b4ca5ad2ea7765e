/**
 * Instants as SQL for the timestamp columns, which are `timestamp without time
 * zone` holding UTC: converted explicitly, never through the session's time
 * zone. Free of Next imports (benches and scripts use the SQL too).
 */
import { Prisma } from "./generated/prisma/client";

const HOUR_MS = 3_600_000;

export function utcTimestamp(at: Date | number): Prisma.Sql {
  const ms = typeof at === "number" ? at : at.getTime();
  return Prisma.sql`(to_timestamp(${ms / 1000}::double precision) AT TIME ZONE 'UTC')`;
}

/** The start of the UTC hour `at` falls in. */
export function utcHourStart(at: Date | number): Prisma.Sql {
  const ms = typeof at === "number" ? at : at.getTime();
  return utcTimestamp(Math.floor(ms / HOUR_MS) * HOUR_MS);
}
