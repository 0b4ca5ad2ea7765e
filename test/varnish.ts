import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** Debian's varnishd (apt-get install varnish varnish-modules; .ci/run installs it). Tests that need it are skipped without it. */
export const VARNISHD = "/usr/sbin/varnishd";
export const varnishAvailable = existsSync(VARNISHD);

// Relative to the project root, where Vitest and Playwright run (Playwright compiles this file as CommonJS: no import.meta).
const SHIPPED_VCL = path.join(process.cwd(), "deploy/varnish/default.vcl");

/**
 * deploy/varnish/default.vcl with only the backend's `.host` and `.port`
 * lines changed, as an operator changes them; fails when those lines are not
 * there exactly once (the VCL promises they are all one needs to change).
 */
export function vclForBackend(port: number, host = "127.0.0.1"): string {
  const vcl = readFileSync(SHIPPED_VCL, "utf8");
  const hostLine = '    .host = "127.0.0.1";';
  const portLine = '    .port = "3000";';
  if (vcl.split(hostLine).length !== 2 || vcl.split(portLine).length !== 2) {
    throw new Error("deploy/varnish/default.vcl: die Zeilen .host und .port des Backends sind nicht genau einmal da");
  }
  return vcl.replace(hostLine, `    .host = "${host}";`).replace(portLine, `    .port = "${port}";`);
}

/** A free TCP port on 127.0.0.1 (free when asked; good enough for a test). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface RunningVarnish {
  /** http://127.0.0.1:<port>: readers and purges go here. */
  url: string;
  /** varnishadm's answer to a CLI command (e.g. "backend.list"). */
  admin(command: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * varnishd in the foreground without jails (`-F -j none`, run as root), the
 * shipped VCL pointed at the backend on 127.0.0.1:`backendPort`, in a work
 * directory of its own; resolves once it answers.
 */
export async function startVarnish(backendPort: number): Promise<RunningVarnish> {
  const dir = mkdtempSync(path.join(tmpdir(), "rundblick-varnish-"));
  const vclPath = path.join(dir, "default.vcl");
  writeFileSync(vclPath, vclForBackend(backendPort));
  const [port, adminPort] = [await freePort(), await freePort()];
  const args = ["-F", "-j", "none", "-a", `127.0.0.1:${port}`, "-T", `127.0.0.1:${adminPort}`, "-n", dir, "-f", vclPath, "-s", "malloc,64m"];
  const child: ChildProcess = spawn(VARNISHD, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`varnishd hat sich beendet:\n${output}`);
    }
    const answered = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1_000) }).then(
      () => true,
      () => false,
    );
    if (answered) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`varnishd antwortet nicht:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const admin = (command: string) =>
    new Promise<string>((resolve, reject) => {
      const run = spawn("varnishadm", ["-n", dir, ...command.split(" ")], { stdio: ["ignore", "pipe", "pipe"] });
      let text = "";
      run.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
      run.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
      run.once("error", reject);
      run.once("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`varnishadm ${command}: ${text}`))));
    });
  return { url, admin, stop };
}
