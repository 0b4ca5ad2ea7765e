const GERMAN_LETTERS: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
  ß: "ss",
  ẞ: "SS",
};

/**
 * URL slug per our contract: lower-case ASCII, German letters transliterated
 * (ä→ae, ö→oe, ü→ue, ß→ss), other accents stripped, punctuation dropped,
 * words joined by single hyphens.
 */
export function slugify(input: string): string {
  return input
    .replace(/[äöüÄÖÜßẞ]/g, (ch) => GERMAN_LETTERS[ch])
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`´]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a string that could be one of our slugs; anything else is a 404 without a query. */
export function isValidSlug(value: string): boolean {
  return value.length > 0 && value.length <= 200 && SLUG_PATTERN.test(value);
}
