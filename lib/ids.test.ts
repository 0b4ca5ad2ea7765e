import { describe, expect, it } from "vitest";
import { MAX_INT32, parseId } from "./ids";

describe("parseId", () => {
  it("takes positive 32-bit integers as numbers", () => {
    expect(parseId(7)).toBe(7);
    expect(parseId(1)).toBe(1);
    expect(parseId(MAX_INT32)).toBe(MAX_INT32);
  });

  it("takes digit strings, whitespace around them and leading zeros", () => {
    expect(parseId("7")).toBe(7);
    expect(parseId(" 7 ")).toBe(7);
    expect(parseId("01")).toBe(1);
    expect(parseId("0000000007")).toBe(7);
    expect(parseId("2147483647")).toBe(2_147_483_647);
  });

  it("refuses zero, negatives and anything past 2^31 - 1", () => {
    for (const value of [0, -1, MAX_INT32 + 1, "0", "00", "-1", "2147483648", "9999999999", "00000000001"]) {
      expect(parseId(value), String(value)).toBeUndefined();
    }
  });

  it("refuses what is not written as an integer", () => {
    for (const value of [7.5, Number.NaN, Number.POSITIVE_INFINITY, "1.5", "1e3", "+7", "0x10", "7a", "7 7", "", " ", "٧", "７"]) {
      expect(parseId(value), JSON.stringify(value)).toBeUndefined();
    }
  });

  it("refuses other types", () => {
    for (const value of [null, undefined, true, BigInt(7), ["7"], { id: 7 }]) {
      expect(parseId(value)).toBeUndefined();
    }
  });
});
