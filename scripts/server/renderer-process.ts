/**
 * Starts and watches one renderer (scripts/server/renderer.ts) for the front
 * server: one child process with an IPC channel. The front runs one for
 * readers and one for the newsroom (scripts/server/server.ts), each watched
 * on its own: when one dies, it is started again (after a pause that grows
 * while it keeps dying); meanwhile the front sends its requests to the other
 * one, or answers from its response cache, or with a 503.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { setPriority } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Reader, ViewOutcome } from "../../lib/views/tracking";

/** What the renderer tells the front. */
export type RendererMessage =
  | { type: "ready"; port: number }
  /** Tags its own writes expired (an editor's save): the front expires them everywhere else. */
  | { type: "tags-expired"; tags: string[] }
  /** The front's "expire-tags" with this id is done: its "use cache" entries are gone. */
  | { type: "tags-applied"; id: number }
  /** A view its beacon route accepted (not an editor's): the front counts it. */
  | { type: "view"; id: number; articleId: number; reader: Reader };

/**
 * What the front tells the renderer: the outcome of a view it handed over;
 * tags to expire in its "use cache" entries (a scheduled article's time came,
 * or the other renderer's write), which the front has announced already: the
 * renderer expires them without announcing them back, and answers
 * "tags-applied".
 */
export type FrontMessage = { type: "view-outcome"; id: number; outcome: ViewOutcome } | { type: "expire-tags"; id: number; tags: string[] };

export type RendererEvents = {
  onTagsExpired: (tags: string[]) => void;
  onView: (articleId: number, reader: Reader) => ViewOutcome | Promise<ViewOutcome>;
};

export type RendererOptions = {
  /** Which one ("readers", "newsroom"; "renderer" when it is the only one): passed to it, shown by `ps`. */
  name: string;
  /** In the log: "Der Renderer (Leser) …"; empty when it is the only one. */
  label: string;
  /** Proves to it that a request comes from the front (lib/http/client-address.ts); one for every renderer of a front. */
  token: string;
  /**
   * Its scheduling priority (nice, 0 to 19; 0 when absent): readers'
   * renderers yield the CPU to the front (cache hits) and the newsroom.
   */
  nice?: number;
};

const RENDERER = path.join(path.dirname(fileURLToPath(import.meta.url)), "renderer.ts");
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 6_000;
/** An expiry the renderer has not confirmed by then is given up on (it is stopped or stuck; a new start has empty caches). */
const APPLY_GIVE_UP_MS = 60_000;

export class RendererProcess {
  readonly name: string;
  readonly token: string;
  private child: ChildProcess | null = null;
  private currentPort: number | null = null;
  private stopping = false;
  private restartDelayMs = 500;
  /** Expiries sent and not yet confirmed, by id: resolved by "tags-applied", by the renderer's end, or given up. */
  private readonly applying = new Map<number, () => void>();
  private lastExpiryId = 0;
  /** " (Leser)" after "Renderer" in the log; empty for the only one. */
  private readonly suffix: string;
  private readonly nice: number;

  constructor(
    options: RendererOptions,
    private readonly events: RendererEvents,
  ) {
    this.name = options.name;
    this.token = options.token;
    this.suffix = options.label ? ` (${options.label})` : "";
    this.nice = options.nice ?? 0;
  }

  /** Its process id while it runs (for the log). */
  pid(): number | null {
    return this.child?.pid ?? null;
  }

  /** The renderer's port while it is ready; null while it starts or restarts. */
  port(): number | null {
    return this.currentPort;
  }

  /** Starts it and waits until it listens; rejects when the first start fails. */
  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", RENDERER, this.name], {
        env: { ...process.env, RENDERER_RELAY_TOKEN: this.token },
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      this.child = child;
      if (this.nice > 0 && child.pid !== undefined) {
        try {
          setPriority(child.pid, this.nice);
        } catch {
          // Not allowed here (a container without the right): it runs at the front's priority.
        }
      }
      let ready = false;
      let readyAt = 0;
      const timer = setTimeout(() => {
        if (!ready) child.kill("SIGKILL");
      }, START_TIMEOUT_MS);
      child.on("message", (message: RendererMessage) => {
        if (message.type === "tags-expired") {
          this.events.onTagsExpired(message.tags);
        } else if (message.type === "tags-applied") {
          this.applying.get(message.id)?.();
        } else if (message.type === "view") {
          const answer = (outcome: ViewOutcome) => {
            if (child.connected) child.send({ type: "view-outcome", id: message.id, outcome } satisfies FrontMessage);
          };
          Promise.resolve()
            .then(() => this.events.onView(message.articleId, message.reader))
            .then(answer, () => answer("dropped"));
        } else if (message.type === "ready") {
          ready = true;
          readyAt = Date.now();
          clearTimeout(timer);
          this.currentPort = message.port;
          resolve();
        }
      });
      child.on("exit", (code, signal) => {
        clearTimeout(timer);
        if (this.child === child) {
          this.child = null;
          this.currentPort = null;
          // Whatever it had cached is gone with it.
          for (const done of [...this.applying.values()]) done();
        }
        if (!ready) return reject(new Error(`Der Renderer${this.suffix} ist beim Start beendet worden (${signal ?? `Code ${code}`}).`));
        if (this.stopping) return;
        console.error(`Der Renderer${this.suffix} wurde unerwartet beendet (${signal ?? `Code ${code}`}).`);
        // One that ran for a while starts again soon; one that keeps dying waits longer each time.
        if (Date.now() - readyAt > 60_000) this.restartDelayMs = 500;
        this.restartLater();
      });
    });
  }

  /** After a pause that doubles (up to 30 s) while it keeps failing. */
  private restartLater(): void {
    if (this.stopping) return;
    const delay = this.restartDelayMs;
    this.restartDelayMs = Math.min(this.restartDelayMs * 2, 30_000);
    console.error(`Neustart des Renderers${this.suffix} in ${delay} ms.`);
    setTimeout(() => {
      if (this.stopping) return;
      this.start().then(
        () => console.log(`Renderer${this.suffix} wieder bereit.`),
        (error: unknown) => {
          console.error(error instanceof Error ? error.message : error);
          this.restartLater();
        },
      );
    }, delay).unref();
  }

  /**
   * Expires tags in the renderer's "use cache" entries, quietly: the front
   * has announced them already (scripts/server/expiry-hub.ts). Resolves once
   * the renderer confirms it, at once when it is not running (its next start
   * has empty caches), when it ends, or after a minute without an answer.
   */
  expireTags(tags: string[]): Promise<void> {
    const child = this.child;
    if (!child?.connected || this.currentPort === null) return Promise.resolve();
    const id = ++this.lastExpiryId;
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.applying.delete(id);
        resolve();
      };
      const timer = setTimeout(done, APPLY_GIVE_UP_MS);
      timer.unref();
      this.applying.set(id, done);
      child.send({ type: "expire-tags", id, tags } satisfies FrontMessage, (error) => {
        if (error) done();
      });
    });
  }

  /** From now on an exit is expected: no restart. */
  expectExit(): void {
    this.stopping = true;
  }

  /** SIGTERM, and SIGKILL if it has not ended after a few seconds. */
  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
}
