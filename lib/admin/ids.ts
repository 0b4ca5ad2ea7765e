/** Database ids (Postgres `integer`) as they come from forms, URLs and bound action arguments. */

export const MAX_INT32 = 2_147_483_647;

/**
 * A positive 32-bit integer from a number or a string of digits, else
 * undefined: what a Postgres `integer` id can be. Anything else (1.5, 1e3,
 * 2^31, "", junk) would make the database call fail with a 500.
 */
export function positiveInt32(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\d{1,10}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= MAX_INT32 ? n : undefined;
}
