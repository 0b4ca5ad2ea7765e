/**
 * Starts and watches the renderer (scripts/server/renderer.ts) for the front
 * server: one child process with an IPC channel. When it dies, it is started
 * again (after a pause that grows while it keeps dying); meanwhile the front
 * answers from its response cache, or with a 503.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Reader, ViewOutcome } from "../../lib/views/tracking";

/** What the renderer tells the front. */
export type RendererMessage =
  | { type: "ready"; port: number }
  | { type: "tags-expired"; tags: string[] }
  /** A view its beacon route accepted (not an editor's): the front counts it. */
  | { type: "view"; id: number; articleId: number; reader: Reader };

/** What the front tells the renderer: the outcome of a view it handed over; tags to expire (a scheduled article's time came). */
export type FrontMessage = { type: "view-outcome"; id: number; outcome: ViewOutcome } | { type: "expire-tags"; tags: string[] };

export type RendererEvents = {
  onTagsExpired: (tags: string[]) => void;
  onView: (articleId: number, reader: Reader) => ViewOutcome | Promise<ViewOutcome>;
};

const RENDERER = path.join(path.dirname(fileURLToPath(import.meta.url)), "renderer.ts");
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 6_000;

export class RendererProcess {
  readonly token = randomBytes(24).toString("base64url");
  private child: ChildProcess | null = null;
  private currentPort: number | null = null;
  private stopping = false;
  private restartDelayMs = 500;

  constructor(private readonly events: RendererEvents) {}

  /** The renderer's port while it is ready; null while it starts or restarts. */
  port(): number | null {
    return this.currentPort;
  }

  /** Starts it and waits until it listens; rejects when the first start fails. */
  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", RENDERER], {
        env: { ...process.env, RENDERER_RELAY_TOKEN: this.token },
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      this.child = child;
      let ready = false;
      let readyAt = 0;
      const timer = setTimeout(() => {
        if (!ready) child.kill("SIGKILL");
      }, START_TIMEOUT_MS);
      child.on("message", (message: RendererMessage) => {
        if (message.type === "tags-expired") {
          this.events.onTagsExpired(message.tags);
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
        }
        if (!ready) return reject(new Error(`Der Renderer ist beim Start beendet worden (${signal ?? `Code ${code}`}).`));
        if (this.stopping) return;
        console.error(`Der Renderer wurde unerwartet beendet (${signal ?? `Code ${code}`}).`);
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
    console.error(`Neustart des Renderers in ${delay} ms.`);
    setTimeout(() => {
      if (this.stopping) return;
      this.start().then(
        () => console.log("Renderer wieder bereit."),
        (error: unknown) => {
          console.error(error instanceof Error ? error.message : error);
          this.restartLater();
        },
      );
    }, delay).unref();
  }

  /**
   * Expires tags in the renderer's "use cache" entries, which announces them
   * back like an editor's write (onTagsExpired: the response cache, the CDN
   * tier). While the renderer is away, its next start has empty caches
   * anyway: the expiry is announced here directly.
   */
  expireTags(tags: string[]): void {
    const child = this.child;
    if (child?.connected && this.currentPort !== null) child.send({ type: "expire-tags", tags } satisfies FrontMessage);
    else this.events.onTagsExpired(tags);
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
