import { READER_CACHE_CONTROL } from "../http/cache-control";

// Characters XML 1.0 does not allow at all, even escaped (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for an XML element or attribute value: the five markup characters escaped, forbidden characters dropped. */
export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** Headers for XML answers: cached like reader pages (briefly by a CDN, stale while revalidating). */
export function xmlHeaders(contentType: string): HeadersInit {
  return {
    "Content-Type": `${contentType}; charset=utf-8`,
    "Cache-Control": READER_CACHE_CONTROL,
    "X-Content-Type-Options": "nosniff",
  };
}
