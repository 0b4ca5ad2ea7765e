import { describe, expect, it } from "vitest";
import { formatBerlinHour, formatClock, formatDate, formatDateTime, formatTime, fromBerlinLocalInput, toBerlinIso, toBerlinLocalInput } from "./dates";

describe("German dates in Berlin time", () => {
  it("formats winter time (CET, UTC+1)", () => {
    const date = new Date("2026-11-25T13:05:00Z");
    expect(formatDateTime(date)).toBe("25. November 2026, 14:05 Uhr");
    expect(formatDate(date)).toBe("25. November 2026");
    expect(formatTime(date)).toBe("14:05 Uhr");
    expect(toBerlinIso(date)).toBe("2026-11-25T14:05:00+01:00");
  });

  it("formats summer time (CEST, UTC+2)", () => {
    const date = new Date("2026-07-01T22:30:00Z");
    expect(formatDateTime(date)).toBe("2. Juli 2026, 00:30 Uhr");
    expect(toBerlinIso(date)).toBe("2026-07-02T00:30:00+02:00");
  });

  it("reads the clock and names hours with their zone", () => {
    expect(formatClock(new Date("2026-11-25T08:05:00Z"))).toBe("09:05");
    expect(formatBerlinHour(new Date("2026-10-25T00:00:00Z"))).toEqual({ label: "So., 25.10., 02:00", zone: "MESZ", day: "25.10.", hour: 2 });
    expect(formatBerlinHour(new Date("2026-10-25T01:00:00Z"))).toMatchObject({ zone: "MEZ", hour: 2 });
  });

  it("uses umlauts in month names and two-digit hours", () => {
    expect(formatDateTime(new Date("2026-03-03T07:09:00Z"))).toBe("3. März 2026, 08:09 Uhr");
  });
});

describe("datetime-local values in Berlin time", () => {
  it("round-trips winter and summer times", () => {
    expect(fromBerlinLocalInput("2026-11-25T14:05")?.toISOString()).toBe("2026-11-25T13:05:00.000Z");
    expect(fromBerlinLocalInput("2026-07-02T00:30")?.toISOString()).toBe("2026-07-01T22:30:00.000Z");
    expect(toBerlinLocalInput(new Date("2026-11-25T13:05:00Z"))).toBe("2026-11-25T14:05");
  });

  it("rejects malformed input", () => {
    for (const bad of ["", "2026-11-25", "2026-13-01T10:00", "2026-02-30T10:00", "heute", "2026-11-25T14:05:00"]) {
      expect(fromBerlinLocalInput(bad), bad).toBeNull();
    }
  });
});
