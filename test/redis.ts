import { randomBytes } from "node:crypto";
import { SharedRedis } from "../lib/redis/connection.mjs";

/** TEST_REDIS_URL (CI sets it; the machines here run Redis at 127.0.0.1:6379); tests that need Redis are skipped without it. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL;

/** Connections to the test Redis under a prefix of their own, so parallel runs and tests never share keys; each call is one "instance". */
export function redisInstances(count: number): { instances: SharedRedis[]; prefix: string; close(): Promise<void> } {
  const prefix = `rundblick-test:${randomBytes(6).toString("hex")}:`;
  const instances = Array.from({ length: count }, () => new SharedRedis({ url: TEST_REDIS_URL!, prefix }));
  return {
    instances,
    prefix,
    async close() {
      const keys = await instances[0]!.client.keys(`${prefix}*`).catch(() => []);
      if (keys.length > 0) await instances[0]!.client.del(...keys).catch(() => undefined);
      for (const instance of instances) instance.disconnect();
    },
  };
}

/** Resolves once every connection is ready. */
export async function ready(instances: SharedRedis[]): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!instances.every((i) => i.isUp)) {
    if (Date.now() > deadline) throw new Error("Redis antwortet nicht");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
