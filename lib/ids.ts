/**
 * Database ids (Postgres `integer`, from SERIAL) as they come from URLs, forms,
 * query strings and bound action arguments. Every place that takes an id from
 * outside parses it here, so a bad one becomes "not found" and never reaches
 * the database, where 1.5, 1e3 or 2^31 would fail the query with a 500.
 */

export const MAX_INT32 = 2_147_483_647;

/**
 * A positive 32-bit integer from a number or a string of at most ten ASCII
 * digits (surrounding whitespace ignored, leading zeros allowed: "007" is 7),
 * else undefined. Signs, decimals, exponents and hex are not ids.
 */
export function parseId(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\d{1,10}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= MAX_INT32 ? n : undefined;
}
