const TIME_ZONE = "Europe/Berlin";

const dateTimeParts = new Intl.DateTimeFormat("de-DE", {
  timeZone: TIME_ZONE,
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const dateOnly = new Intl.DateTimeFormat("de-DE", {
  timeZone: TIME_ZONE,
  day: "numeric",
  month: "long",
  year: "numeric",
});

const timeOnly = new Intl.DateTimeFormat("de-DE", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "25. November 2026, 14:05 Uhr" in Berlin time. */
export function formatDateTime(date: Date): string {
  const parts = Object.fromEntries(dateTimeParts.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day}. ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} Uhr`;
}

/** "25. November 2026" in Berlin time. */
export function formatDate(date: Date): string {
  return dateOnly.format(date);
}

/** "14:05 Uhr" in Berlin time. */
export function formatTime(date: Date): string {
  return `${timeOnly.format(date)} Uhr`;
}

/** "14:05" in Berlin time (a clock reading, without "Uhr"). */
export function formatClock(date: Date): string {
  return timeOnly.format(date);
}

const hourParts = new Intl.DateTimeFormat("de-DE", {
  timeZone: TIME_ZONE,
  weekday: "short",
  day: "2-digit",
  month: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
});

/**
 * An hour in Berlin time, "So., 25.10., 02:00", and the zone it is in ("MEZ"
 * or "MESZ"): on the night clocks go back, 02:00 comes twice and only the
 * zone tells the two hours apart.
 */
export function formatBerlinHour(date: Date): { label: string; zone: string; day: string; hour: number } {
  const parts = Object.fromEntries(hourParts.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    label: `${parts.weekday}, ${parts.day}.${parts.month}., ${parts.hour}:${parts.minute}`,
    zone: parts.timeZoneName ?? "",
    day: `${parts.day}.${parts.month}.`,
    hour: Number(parts.hour),
  };
}

/** Made once: building an Intl.DateTimeFormat costs far more than using one (it was a millisecond of every article render). */
const isoParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZoneName: "longOffset",
});

/** ISO 8601 with the Berlin offset, e.g. 2026-11-25T14:05:00+01:00, for `<time datetime>` and structured data. */
export function toBerlinIso(date: Date): string {
  const parts = Object.fromEntries(isoParts.formatToParts(date).map((p) => [p.type, p.value]));
  const offset = parts.timeZoneName === "GMT" ? "+00:00" : parts.timeZoneName.replace("GMT", "");
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

function berlinOffsetMinutes(date: Date): number {
  const iso = toBerlinIso(date);
  const sign = iso.at(-6) === "-" ? -1 : 1;
  return sign * (Number(iso.slice(-5, -3)) * 60 + Number(iso.slice(-2)));
}

/** "2026-11-25T14:05" (a datetime-local value, Berlin wall time) as a Date, or null if malformed. */
export function fromBerlinLocalInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let guess = new Date(wall - berlinOffsetMinutes(new Date(wall)) * 60_000);
  // Around a DST switch the first guess can be an hour off; one correction settles it.
  guess = new Date(wall - berlinOffsetMinutes(guess) * 60_000);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return guess;
}

/** A Date as a datetime-local value in Berlin wall time. */
export function toBerlinLocalInput(date: Date): string {
  return toBerlinIso(date).slice(0, 16);
}
