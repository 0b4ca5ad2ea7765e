import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** The jobs one process starts, as it starts them (scripts/server/jobs.fixture.ts). */
function jobsOf(role: "front" | "renderer" | "next-alone"): string[] {
  const env: NodeJS.ProcessEnv = { ...process.env, VIEWS_FLUSH_MS: "600000" };
  delete env.RENDERER_RELAY_TOKEN;
  if (role === "renderer") env.RENDERER_RELAY_TOKEN = "from-the-front";
  const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts/server/jobs.fixture.ts"), role], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as string[];
}

describe("background jobs under npm start", () => {
  it("each runs in exactly one process: the front, never a renderer (readers or newsroom)", () => {
    const front = jobsOf("front");
    const renderer = jobsOf("renderer");
    expect(front).toEqual(["articles:scheduled", "database:probe", "views:flush", "views:rollup", "views:windows"]);
    expect(renderer).toEqual([]);
    expect(front.filter((job) => renderer.includes(job))).toEqual([]);
  });

  it("Next alone (next dev) runs the view jobs and the scheduled expiry itself, once", () => {
    expect(jobsOf("next-alone")).toEqual(["articles:scheduled", "views:flush", "views:rollup", "views:windows"]);
  });
});
