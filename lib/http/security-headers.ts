/**
 * Security headers for every response, in one place. next.config.ts applies
 * them through `headers()`, which also covers static files and the build's
 * assets. Next evaluates `headers()` at build time (the values land in the
 * routes manifest), so they must not depend on the request: the same policy
 * for every reader, which is what cached pages need.
 *
 * Content-Security-Policy, decided:
 * - Scripts: `'self'` plus `'unsafe-inline'`. Next's App Router writes inline
 *   `<script>` elements into every page (the bootstrap and the RSC payload,
 *   which differs per page and per article), so neither hashes (unknown at
 *   build) nor a per-request nonce (would make every page dynamic and break
 *   the page cache) can cover them. What the policy still blocks: scripts
 *   from any other origin, inline event-handler attributes
 *   (`script-src-attr 'none'`: `<img onerror=…>` does not run), `eval`
 *   outside development, plugins, `<base>` hijacking, forms posting
 *   elsewhere, and framing. The first line of defence against markup from
 *   editors stays output escaping and rehype-sanitize.
 * - Styles: `'self' 'unsafe-inline'` (React and Next write style attributes
 *   and inline style elements).
 * - Images: from anywhere (`*`, `data:`, `blob:`), since an article's image
 *   may be an external https URL; images cannot run code.
 * - Framing: reader pages only by the site itself; the admin by nobody.
 */

export type HeaderEntry = { key: string; value: string };
export type HeaderRoute = { source: string; headers: HeaderEntry[] };

export type SecurityHeaderOptions = {
  /** The canonical origin (SITE_URL); https turns on HSTS and upgrade-insecure-requests. */
  siteUrl?: string;
  /** `next dev`: React needs `eval` for its debugging aids. */
  development?: boolean;
};

/** One year; no includeSubDomains or preload: other hosts of the domain are the operator's decision. */
export const HSTS_VALUE = "max-age=31536000";

export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "browsing-topics=()",
].join(", ");

function isHttps(siteUrl: string | undefined): boolean {
  return (siteUrl ?? "").trim().toLowerCase().startsWith("https://");
}

/** The Content-Security-Policy for reader pages (`frameAncestors` "'self'") or the admin ("'none'"). */
export function contentSecurityPolicy(frameAncestors: "'self'" | "'none'", options: SecurityHeaderOptions = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${options.development ? " 'unsafe-eval'" : ""}`,
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src * data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    ...(isHttps(options.siteUrl) ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The headers every response carries, for reader pages and files. */
export function commonSecurityHeaders(options: SecurityHeaderOptions = {}): HeaderEntry[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy("'self'", options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "X-Frame-Options", value: "SAMEORIGIN" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(isHttps(options.siteUrl) ? [{ key: "Strict-Transport-Security", value: HSTS_VALUE }] : []),
  ];
}

/**
 * For next.config.ts `headers()`: everything gets the common headers; the
 * admin (listed later, so its values win) may not be framed at all.
 */
export function securityHeaderRoutes(options: SecurityHeaderOptions = {}): HeaderRoute[] {
  const admin: HeaderEntry[] = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy("'none'", options) },
    { key: "X-Frame-Options", value: "DENY" },
  ];
  return [
    { source: "/:path*", headers: commonSecurityHeaders(options) },
    { source: "/admin", headers: admin },
    { source: "/admin/:path*", headers: admin },
  ];
}
