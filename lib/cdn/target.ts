/**
 * What every purge target is: one small interface, one file per CDN
 * (varnish.ts, fastly.ts, cloudflare.ts), chosen by configuration (index.ts).
 * Callers hand tags to the purger (purger.ts) and never know which targets
 * there are.
 */
export interface PurgeTarget {
  /** For the log: "varnish http://10.0.0.1:6081", "fastly", "cloudflare". */
  readonly name: string;
  /** The most tags one call may carry; the purger splits larger sets. */
  readonly maxTagsPerCall: number;
  /** Purges every cached object carrying any of these tags; throws a PurgeFailed when the target did not. */
  purge(tags: string[]): Promise<void>;
}

/** A purge the target did not confirm; `retryable` when trying again may help (5xx, 429, no answer). */
export class PurgeFailed extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "PurgeFailed";
  }
}

/** An answer must come within this; a hanging API must not hold the queue (or the shutdown). */
const CALL_TIMEOUT_MS = 3_000;

/** One HTTP call of a purge; the answer's body when it is 2xx, else a PurgeFailed. */
export async function purgeCall(url: string, init: { method: string; headers: Record<string, string>; body?: string }): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(CALL_TIMEOUT_MS), redirect: "error" });
  } catch (error) {
    throw new PurgeFailed(`keine Antwort (${error instanceof Error ? error.message : String(error)})`, true);
  }
  const body = await response.text().catch(() => "");
  if (!response.ok) {
    throw new PurgeFailed(`HTTP ${response.status}${body ? `: ${body.slice(0, 200)}` : ""}`, response.status >= 500 || response.status === 429);
  }
  return body;
}

/**
 * A tag as CDNs can carry it in a header and a purge: printable ASCII without
 * spaces or commas (the separators of xkey, Surrogate-Key and Cache-Tag).
 * Our tags already are (`article:12`, `section:politik`); anything else is
 * percent-encoded, the same way in the response header and in the purge.
 */
export function cdnKey(tag: string): string {
  return /^[\x21-\x2b\x2d-\x7e]+$/.test(tag) ? tag : encodeURIComponent(tag);
}
