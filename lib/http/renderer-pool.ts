/**
 * Several renderer processes behind the front (scripts/server/server.ts):
 * one Next process renders on one core, so readers' pages go to as many as
 * READER_RENDERERS starts, each request to the one with the fewest requests
 * under way. A member that is (re)starting (no port) is passed over; when
 * none is up, the pool's fallback (the other kind of renderer) takes the
 * request, as it did with one renderer per kind.
 */
export type PoolMember = {
  /** Its loopback port; null while it is (re)starting. */
  port(): number | null;
};

/** One request's turn at a member: `done` when its answer is complete or abandoned (idempotent). */
export type Lease<T> = { member: T; done: () => void };

export class RendererPool<T extends PoolMember> {
  private readonly underWay = new Map<T, number>();
  /** Where a tie starts looking, moved on each time: equal members take turns. */
  private next = 0;

  constructor(
    private readonly members: readonly T[],
    private readonly fallback: readonly T[] = [],
  ) {
    if (members.length === 0) throw new Error("Ein Renderer-Pool braucht mindestens einen Renderer.");
  }

  /** The member a request goes to now, counted until `done`. */
  take(): Lease<T> {
    const member = this.choose();
    this.underWay.set(member, (this.underWay.get(member) ?? 0) + 1);
    let finished = false;
    return {
      member,
      done: () => {
        if (finished) return;
        finished = true;
        this.underWay.set(member, (this.underWay.get(member) ?? 1) - 1);
      },
    };
  }

  /** Runs one request at the chosen member and counts it until it settles. */
  async use<R>(work: (member: T) => Promise<R>): Promise<R> {
    const lease = this.take();
    try {
      return await work(lease.member);
    } finally {
      lease.done();
    }
  }

  /** Requests under way at a member (for tests and the log). */
  load(member: T): number {
    return this.underWay.get(member) ?? 0;
  }

  private choose(): T {
    const up = this.members.filter((member) => member.port() !== null);
    const candidates = up.length > 0 ? up : this.fallback.filter((member) => member.port() !== null);
    // None is up: the first member, whose missing port gives the short 503.
    if (candidates.length === 0) return this.members[0]!;
    const start = this.next++ % candidates.length;
    let best = candidates[start]!;
    for (let i = 1; i < candidates.length; i++) {
      const member = candidates[(start + i) % candidates.length]!;
      if (this.load(member) < this.load(best)) best = member;
    }
    return best;
  }
}
