import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { test } from "@playwright/test";

/**
 * One more server for a test of its own (the real launcher, or the e2e
 * server script): started with `script` and `env`, its output kept in the
 * test's results as `logName` (for when the test fails), and waited for
 * until `base`/api/health answers 200 (the first start may build: up to 9
 * minutes). Throws with the end of its log when it does not come up.
 */
export async function launchServer(options: {
  script: string;
  env: NodeJS.ProcessEnv;
  base: string;
  logName: string;
  name: string;
}): Promise<ChildProcess> {
  const launcher = spawn(process.execPath, ["--import", "tsx", options.script], { env: options.env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const logFile = createWriteStream(test.info().outputPath(options.logName));
  for (const stream of [launcher.stdout!, launcher.stderr!]) {
    stream.on("data", (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-10_000);
      logFile.write(chunk);
    });
  }
  const deadline = Date.now() + 540_000;
  while ((await fetch(`${options.base}/api/health`, { signal: AbortSignal.timeout(5_000) }).catch(() => null))?.status !== 200) {
    if (Date.now() > deadline || launcher.exitCode !== null) throw new Error(`${options.name} kam nicht hoch:\n${log.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return launcher;
}

/** Stops a server launchServer started (SIGTERM: open requests finish, the view buffer is written) and waits for it to end. */
export async function stopServer(launcher: ChildProcess | undefined): Promise<void> {
  if (!launcher || launcher.exitCode !== null || launcher.signalCode !== null) return;
  const exited = new Promise((resolve) => launcher.once("exit", resolve));
  launcher.kill("SIGTERM");
  await exited;
}

/** The processes below `rootPid` whose command line contains `name`. */
export function descendants(rootPid: number, name: string): number[] {
  const table = execFileSync("ps", ["-eo", "pid=,ppid=,args="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line)!)
    .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args: args! }));
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const row of table.filter((r) => r.ppid === pid)) {
      if (row.args.includes(name)) found.push(row.pid);
      walk(row.pid);
    }
  };
  walk(rootPid);
  return found;
}

/**
 * A server's renderer processes by name (scripts/server/renderer-process.ts
 * passes it as the first argument): "readers" and "newsroom", or the only
 * one, "renderer" (NEWSROOM_RENDERER=0, embedded database).
 */
export function rendererProcesses(rootPid: number): Record<string, number> {
  const found: Record<string, number> = {};
  for (const name of ["readers", "newsroom", "renderer"]) {
    const [pid] = descendants(rootPid, `scripts/server/renderer.ts ${name}`);
    if (pid !== undefined) found[name] = pid;
  }
  return found;
}

