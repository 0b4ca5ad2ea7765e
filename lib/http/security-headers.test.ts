import { afterEach, describe, expect, it } from "vitest";
import nextConfig from "../../next.config";
import { forgetSettings } from "../runtime";
import { securityHeaderRoutes, type HeaderRoute } from "./security-headers";

const originalSiteUrl = process.env.SITE_URL;
afterEach(() => {
  if (originalSiteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = originalSiteUrl;
  forgetSettings();
});

function headersFor(routes: HeaderRoute[], source: string): Record<string, string> {
  // Later routes override earlier ones, as Next applies them.
  const applies = (route: HeaderRoute) => route.source === "/:path*" || route.source === source;
  return Object.fromEntries(routes.filter(applies).flatMap((r) => r.headers.map((h) => [h.key.toLowerCase(), h.value])));
}

describe("security headers", () => {
  it("are applied to every path by next.config.ts, with HSTS only for an https SITE_URL", async () => {
    process.env.SITE_URL = "https://www.rundblick.example";
    forgetSettings();
    const https = await nextConfig.headers!();
    expect(https.some((r) => r.source === "/:path*")).toBe(true);
    expect(headersFor(https as HeaderRoute[], "/")["strict-transport-security"]).toBe("max-age=31536000");
    expect(headersFor(https as HeaderRoute[], "/")["content-security-policy"]).toContain("upgrade-insecure-requests");

    process.env.SITE_URL = "http://localhost:3000";
    forgetSettings();
    const http = (await nextConfig.headers!()) as HeaderRoute[];
    expect(headersFor(http, "/")["strict-transport-security"]).toBeUndefined();
    expect(headersFor(http, "/")["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  });

  it("hold the policy the issue asks for: reader pages framable only by the site, the admin by nobody", () => {
    const routes = securityHeaderRoutes({ siteUrl: "https://www.rundblick.example" });
    const site = headersFor(routes, "/");
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "script-src 'self' 'unsafe-inline'", "script-src-attr 'none'", "frame-ancestors 'self'"]) {
      expect(site["content-security-policy"]).toContain(directive);
    }
    expect(site["content-security-policy"]).not.toMatch(/nonce-|unsafe-eval/);
    expect(site["x-content-type-options"]).toBe("nosniff");
    expect(site["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(site["permissions-policy"]).toContain("geolocation=()");
    for (const source of ["/admin", "/admin/:path*"]) {
      const admin = headersFor(routes, source);
      expect(admin["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(admin["content-security-policy"]).toContain("object-src 'none'");
      expect(admin["x-frame-options"]).toBe("DENY");
      expect(admin["x-content-type-options"]).toBe("nosniff");
    }
  });

  it("allow eval only in development", () => {
    const dev = headersFor(securityHeaderRoutes({ development: true }), "/");
    expect(dev["content-security-policy"]).toContain("'unsafe-eval'");
  });
});
