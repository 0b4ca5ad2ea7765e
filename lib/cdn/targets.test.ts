import { afterEach, describe, expect, it } from "vitest";
import { CdnPurger, CloudflareTarget, FastlyTarget, PurgeFailed, VarnishTarget } from ".";
import { purgeApiStandIn } from "./stand-in.fixture";

const standIns: Awaited<ReturnType<typeof purgeApiStandIn>>[] = [];
afterEach(async () => {
  await Promise.all(standIns.splice(0).map((s) => s.close()));
});
async function standIn(...args: Parameters<typeof purgeApiStandIn>) {
  const s = await purgeApiStandIn(...args);
  standIns.push(s);
  return s;
}

const quickPurger = (targets: ConstructorParameters<typeof CdnPurger>[0], log: string[]) =>
  new CdnPurger(targets, { windowMs: 10, retryDelaysMs: [10, 20], log: (message) => log.push(message) });

describe("Fastly", () => {
  it("purges by surrogate key as its API documents it", async () => {
    const api = await standIn();
    await new FastlyTarget("SU1Z0isxPaozGVKXdv0eY", "fastly-token", { apiBase: api.base }).purge(["article:12", "front"]);
    expect(api.calls).toHaveLength(1);
    const [call] = api.calls;
    expect(call.method).toBe("POST");
    expect(call.path).toBe("/service/SU1Z0isxPaozGVKXdv0eY/purge");
    expect(call.headers["fastly-key"]).toBe("fastly-token");
    expect(call.headers["content-type"]).toBe("application/json");
    expect(call.headers["fastly-soft-purge"]).toBeUndefined();
    expect(JSON.parse(call.body)).toEqual({ surrogate_keys: ["article:12", "front"] });
  });

  it("asks for a soft purge when told to", async () => {
    const api = await standIn();
    await new FastlyTarget("svc", "t", { apiBase: api.base, soft: true }).purge(["front"]);
    expect(api.calls[0].headers["fastly-soft-purge"]).toBe("1");
  });

  it("sends at most 256 keys a call", async () => {
    const api = await standIn();
    const log: string[] = [];
    const purger = quickPurger([new FastlyTarget("svc", "t", { apiBase: api.base })], log);
    purger.expire(Array.from({ length: 600 }, (_, i) => `article:${i}`));
    await purger.close();
    const sent = api.calls.map((call) => (JSON.parse(call.body) as { surrogate_keys: string[] }).surrogate_keys);
    expect(sent.map((keys) => keys.length)).toEqual([256, 256, 88]);
    expect(new Set(sent.flat()).size).toBe(600);
    expect(log).toEqual([]);
  });
});

describe("Cloudflare", () => {
  it("purges by cache tag as its API documents it", async () => {
    const api = await standIn(() => ({ status: 200, body: JSON.stringify({ success: true, errors: [], messages: [], result: { id: "x" } }) }));
    await new CloudflareTarget("023e105f4ecef8ad9ca31a8372d0c353", "cf-token", { apiBase: api.base }).purge(["article:12", "section:politik"]);
    expect(api.calls).toHaveLength(1);
    const [call] = api.calls;
    expect(call.method).toBe("POST");
    expect(call.path).toBe("/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/purge_cache");
    expect(call.headers.authorization).toBe("Bearer cf-token");
    expect(call.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(call.body)).toEqual({ tags: ["article:12", "section:politik"] });
  });

  it("sends at most 30 tags a call", async () => {
    const api = await standIn();
    const log: string[] = [];
    const purger = quickPurger([new CloudflareTarget("zone", "t", { apiBase: api.base })], log);
    purger.expire(Array.from({ length: 70 }, (_, i) => `tag:t${i}`));
    await purger.close();
    expect(api.calls.map((call) => (JSON.parse(call.body) as { tags: string[] }).tags.length)).toEqual([30, 30, 10]);
  });

  it("takes `success: false` in a 200 as a refusal, not retried", async () => {
    const api = await standIn(() => ({ status: 200, body: JSON.stringify({ success: false, errors: [{ code: 1134, message: "nope" }] }) }));
    const target = new CloudflareTarget("zone", "t", { apiBase: api.base });
    await expect(target.purge(["front"])).rejects.toMatchObject({ retryable: false });
    const log: string[] = [];
    const purger = quickPurger([target], log);
    purger.expire(["front"]);
    await purger.close();
    expect(api.calls).toHaveLength(2);
    expect(log).toEqual([expect.stringMatching(/^\[cdn\] cloudflare: Purge von 1 Tag\(s\) nach 1 Versuch\(en\) fehlgeschlagen: abgelehnt: .*1134/)]);
  });
});

describe("retries and failures", () => {
  it("retries after a 500 and stops at the first success", async () => {
    const api = await standIn((_call, index) => ({ status: index === 0 ? 500 : 200 }));
    const log: string[] = [];
    const purger = quickPurger([new FastlyTarget("svc", "t", { apiBase: api.base })], log);
    purger.expire(["front"]);
    await purger.close();
    expect(api.calls).toHaveLength(2);
    expect(api.calls[1].body).toBe(api.calls[0].body);
    expect(log).toEqual([]);
  });

  it("logs a purge that keeps failing, in German, and never throws", async () => {
    const api = await standIn(() => ({ status: 503, body: "busy" }));
    const log: string[] = [];
    const purger = quickPurger([new CloudflareTarget("zone", "t", { apiBase: api.base })], log);
    purger.expire(["front", "article:1"]);
    await expect(purger.close()).resolves.toBeUndefined();
    expect(api.calls).toHaveLength(3);
    expect(log).toEqual(["[cdn] cloudflare: Purge von 2 Tag(s) nach 3 Versuch(en) fehlgeschlagen: HTTP 503: busy (front article:1)"]);
  });

  it("does not retry what cannot get better (a wrong token)", async () => {
    const api = await standIn(() => ({ status: 401 }));
    const log: string[] = [];
    const purger = quickPurger([new FastlyTarget("svc", "wrong", { apiBase: api.base })], log);
    purger.expire(["front"]);
    await purger.close();
    expect(api.calls).toHaveLength(1);
    expect(log[0]).toMatch(/^\[cdn\] fastly: .*HTTP 401/);
  });

  it("retries when nobody answers, then logs it", async () => {
    const api = await standIn();
    const base = api.base;
    await api.close();
    const error = await new FastlyTarget("svc", "t", { apiBase: base }).purge(["front"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PurgeFailed);
    expect((error as PurgeFailed).retryable).toBe(true);
    const log: string[] = [];
    const purger = quickPurger([new FastlyTarget("svc", "t", { apiBase: base })], log);
    purger.expire(["front"]);
    await purger.close();
    expect(log[0]).toMatch(/^\[cdn\] fastly: Purge von 1 Tag\(s\) nach 3 Versuch\(en\) fehlgeschlagen: keine Antwort/);
  });
});

describe("Varnish", () => {
  it("sends PURGE with the keys in xkey-purge (xkey-softpurge when soft) to the node", async () => {
    const node = await standIn();
    await new VarnishTarget(node.base).purge(["article:12", "front"]);
    await new VarnishTarget(node.base, { soft: true }).purge(["front"]);
    expect(node.calls.map(({ method, path, headers }) => [method, path, headers["xkey-purge"], headers["xkey-softpurge"]])).toEqual([
      ["PURGE", "/", "article:12 front", undefined],
      ["PURGE", "/", undefined, "front"],
    ]);
  });

  it("purges every node; one that is down is logged alone", async () => {
    const [up, down] = [await standIn(), await standIn(() => ({ status: 500, body: "down" }))];
    const log: string[] = [];
    const purger = quickPurger([new VarnishTarget(up.base), new VarnishTarget(down.base)], log);
    purger.expire(["front"]);
    await purger.close();
    expect(up.calls).toHaveLength(1);
    expect(down.calls).toHaveLength(3);
    expect(log).toEqual([`[cdn] varnish ${down.base}: Purge von 1 Tag(s) nach 3 Versuch(en) fehlgeschlagen: HTTP 500: down (front)`]);
  });
});
