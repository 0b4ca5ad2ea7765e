/**
 * The front process as the hub of tag expiry between its renderers
 * (scripts/server/server.ts): each renderer keeps its own "use cache"
 * entries, so an expiry that happens in one (an editor's save in the
 * newsroom renderer) must reach the others, and one the front makes (a
 * scheduled article's time came) must reach all of them. Either way it is
 * announced in the front once (`expireHere`: the response cache, then the
 * CDN purge) and passed on quietly: the renderers expire their entries
 * without announcing them back, so nothing echoes and the CDN is purged once.
 *
 * Ordering: a renderer confirms each expiry it was sent. Until it has
 * confirmed every one (or `waitMs` passed), requests to it wait
 * (`applied`), so no render starts there on entries an expiry already
 * made old; the response cache marked the pages at the announcement, so
 * renders that began before it are stored out of date. A confirmation that
 * comes after `waitMs` (a renderer too busy or stopped) announces the tags
 * once more: the renders let through meanwhile may have read old entries,
 * and this stores them out of date too (and purges again what a CDN may
 * have fetched meanwhile).
 */

/** A renderer as the hub sees it (scripts/server/renderer-process.ts). */
export type ExpiryPeer = {
  /** Expires the tags in its "use cache" entries without announcing them; resolves when it has (or cannot). */
  expireTags(tags: string[]): Promise<void>;
};

export type ExpiryHubOptions = {
  /** The announcement in the front: its response cache, then the CDN tier (expireHereAndPurge). */
  expireHere: (tags: string[]) => void;
  /** Longest a request to a renderer waits for it to confirm an expiry. */
  waitMs: number;
};

export class ExpiryHub {
  private readonly pending = new Map<ExpiryPeer, Set<Promise<void>>>();

  constructor(
    private readonly peers: readonly ExpiryPeer[],
    private readonly options: ExpiryHubOptions,
  ) {}

  /** A renderer's own expiry ("tags-expired"): announced here once, then passed to every other renderer. */
  fromRenderer(origin: ExpiryPeer, tags: string[]): void {
    this.options.expireHere(tags);
    this.passOn(tags, this.peers.filter((peer) => peer !== origin));
  }

  /** The front's own expiry (a scheduled article's time came): announced here once, then passed to every renderer. */
  expire(tags: string[]): void {
    this.options.expireHere(tags);
    this.passOn(tags, this.peers);
  }

  /**
   * What a request to this renderer waits for before it is sent: every
   * expiry passed to it confirmed (or waited out). Null when none is
   * outstanding, the usual case: the request goes at once.
   */
  applied(peer: ExpiryPeer): Promise<void> | null {
    const waiting = this.pending.get(peer);
    if (!waiting || waiting.size === 0) return null;
    return Promise.all(waiting).then(() => undefined);
  }

  private passOn(tags: string[], peers: readonly ExpiryPeer[]): void {
    for (const peer of peers) {
      let waiting = this.pending.get(peer);
      if (!waiting) this.pending.set(peer, (waiting = new Set()));
      const outstanding = waiting;
      let waitedOut = false;
      let timer: NodeJS.Timeout | undefined;
      const confirmed = peer
        .expireTags(tags)
        .catch(() => undefined)
        .then(() => {
          // Requests went to it before it had expired these: what they rendered is out of date too.
          if (waitedOut) this.options.expireHere(tags);
        });
      const waitedFor = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          waitedOut = true;
          resolve();
        }, this.options.waitMs);
        timer.unref();
      });
      const wait: Promise<void> = Promise.race([confirmed, waitedFor]).finally(() => {
        clearTimeout(timer);
        outstanding.delete(wait);
      });
      outstanding.add(wait);
    }
  }
}
