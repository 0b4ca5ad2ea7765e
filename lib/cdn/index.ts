/**
 * The CDN tier in front (issue #25): purge targets chosen by configuration
 * (VARNISH_URLS, FASTLY_SERVICE_ID + FASTLY_API_TOKEN, CLOUDFLARE_ZONE_ID +
 * CLOUDFLARE_API_TOKEN; unset means none), the purger that sends them every
 * expiry of this instance, and the response headers that carry a page's
 * tags. docs/caching.md, "CDN tier".
 */
import { announceTagExpiry, onShutdown, settings, type Settings } from "../runtime";
import { CloudflareTarget } from "./cloudflare";
import { FastlyTarget } from "./fastly";
import { purgeKeysFor } from "./headers";
import { CdnPurger } from "./purger";
import type { PurgeTarget } from "./target";
import { VarnishTarget } from "./varnish";

export { CDN_KEYS, CDN_TAG_HEADERS, cdnTagHeaders, purgeKeysFor } from "./headers";
export { CdnPurger, type PurgerOptions } from "./purger";
export { cdnKey, PurgeFailed, type PurgeTarget } from "./target";
export { CloudflareTarget, FastlyTarget, VarnishTarget };

/** One target per Varnish node, Fastly and Cloudflare, as configured. */
export function purgeTargets(cdn: Settings["cdn"]): PurgeTarget[] {
  const targets: PurgeTarget[] = cdn.varnishUrls.map((url) => new VarnishTarget(url));
  if (cdn.fastly) targets.push(new FastlyTarget(cdn.fastly.serviceId, cdn.fastly.apiToken));
  if (cdn.cloudflare) targets.push(new CloudflareTarget(cdn.cloudflare.zoneId, cdn.cloudflare.apiToken));
  return targets;
}

/** This process's purger for the configured targets, flushed at shutdown; null when no CDN is configured. */
export function startCdnPurger(cdn: Settings["cdn"] = settings().cdn): CdnPurger | null {
  const targets = purgeTargets(cdn);
  if (targets.length === 0) return null;
  const purger = new CdnPurger(targets);
  onShutdown("cdn-purge", () => purger.close());
  console.log(`[cdn] Purges gehen an: ${targets.map((target) => target.name).join(", ")}`);
  return purger;
}

/**
 * What the front process does with an expiry that happened on this instance
 * (its renderer's "tags-expired" message): announce it here, so the response
 * cache drops its entries first, then queue it as a purge. Expiries that other
 * instances publish through Redis are only announced: the instance where an
 * expiry happened purges it, once. What it purges: purgeKeysFor.
 */
export function expireHereAndPurge(purger: Pick<CdnPurger, "expire"> | null = startCdnPurger()): (tags: string[]) => void {
  if (!purger) return announceTagExpiry;
  return (tags) => {
    announceTagExpiry(tags);
    purger.expire(purgeKeysFor(tags));
  };
}
