import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { fetchFromRenderer, isNewsroomRequest, relayToRenderer, rendererAgent, type RendererTarget } from "./relay";
import { SOCKET_ADDRESS_HEADER, RELAY_TOKEN_HEADER, stampSocketAddress } from "./client-address";

let servers: Server[] = [];
afterEach(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers = [];
});

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<number> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

const TOKEN = "relay-token-for-tests";

/** A renderer as scripts/server/renderer.ts sets it up, echoing what it received; and a front relaying to it. */
async function frontAndRenderer(renderer: (req: IncomingMessage, res: ServerResponse) => void) {
  let rendererPort: number | null = await listen((req, res) => {
    stampSocketAddress(req, TOKEN);
    renderer(req, res);
  });
  const target: RendererTarget = { port: () => rendererPort, token: TOKEN, agent: rendererAgent(4) };
  const front = await listen((req, res) => relayToRenderer(target, req, res));
  return { front, target, rendererDown: () => (rendererPort = null), rendererPort: () => rendererPort };
}

function send(port: number, options: { method?: string; path?: string; headers?: IncomingHttpHeaders; body?: string }) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method: options.method ?? "GET", path: options.path ?? "/", headers: options.headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

const echo = (req: IncomingMessage, res: ServerResponse) => {
  let body = "";
  req.setEncoding("utf8");
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    res.writeHead(201, { "content-type": "application/json", "set-cookie": ["a=1", "b=2"], "x-eigen": "ja" });
    res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }));
  });
};

describe("relay from the front server to the renderer", () => {
  it("passes method, path, body, headers and cookies both ways", async () => {
    const { front } = await frontAndRenderer(echo);
    const answer = await send(front, {
      method: "POST",
      path: "/admin/artikel?x=1",
      headers: { "content-type": "text/plain", cookie: "sitzung=abc", "x-forwarded-for": "203.0.113.9" },
      body: "Hallo Renderer",
    });
    expect(answer.status).toBe(201);
    expect(answer.headers["set-cookie"]).toEqual(["a=1", "b=2"]);
    expect(answer.headers["x-eigen"]).toBe("ja");
    const seen = JSON.parse(answer.body) as { method: string; url: string; headers: IncomingHttpHeaders; body: string };
    expect(seen).toMatchObject({ method: "POST", url: "/admin/artikel?x=1", body: "Hallo Renderer" });
    expect(seen.headers.cookie).toBe("sitzung=abc");
    expect(seen.headers["x-forwarded-for"]).toBe("203.0.113.9");
    // The token proves the relay and is not passed on to the app.
    expect(seen.headers[RELAY_TOKEN_HEADER]).toBeUndefined();
  });

  it("tells the renderer the client's socket address, which a client cannot forge", async () => {
    const { front, rendererPort } = await frontAndRenderer(echo);
    const relayed = JSON.parse((await send(front, { headers: { [SOCKET_ADDRESS_HEADER]: "6.6.6.6", [RELAY_TOKEN_HEADER]: "geraten" } })).body);
    expect(relayed.headers[SOCKET_ADDRESS_HEADER]).toBe("127.0.0.1");
    // Straight to the renderer with a made-up token and address: its own socket's address counts.
    const direct = JSON.parse(
      (await send(rendererPort()!, { headers: { [SOCKET_ADDRESS_HEADER]: "6.6.6.6", [RELAY_TOKEN_HEADER]: "x".repeat(TOKEN.length) } })).body,
    );
    expect(direct.headers[SOCKET_ADDRESS_HEADER]).toBe("127.0.0.1");
    expect(direct.headers[RELAY_TOKEN_HEADER]).toBeUndefined();
  });

  it("streams an answer as the renderer writes it", async () => {
    let finish: () => void = () => undefined;
    const { front } = await frontAndRenderer((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("erster Teil;");
      finish = () => res.end("zweiter Teil");
    });
    const firstChunk = await new Promise<string>((resolve, reject) => {
      request({ host: "127.0.0.1", port: front, path: "/strom" }, (res) => {
        res.setEncoding("utf8");
        res.once("data", (chunk: string) => {
          resolve(chunk);
          res.resume();
        });
      })
        .on("error", reject)
        .end();
    });
    expect(firstChunk).toBe("erster Teil;");
    finish();
  });

  it("answers a German 503 at once while the renderer is away", async () => {
    const { front, rendererDown } = await frontAndRenderer(echo);
    rendererDown();
    const answer = await send(front, { path: "/admin" });
    expect(answer.status).toBe(503);
    expect(answer.headers["retry-after"]).toBe("5");
    expect(answer.body).toContain("nicht erreichbar");
  });

  it("answers 503 when the renderer refuses the connection", async () => {
    // A port nothing listens on.
    const closed = await listen(() => undefined);
    const server = servers.pop()!;
    await new Promise((resolve) => server.close(resolve));
    const target: RendererTarget = { port: () => closed, token: TOKEN, agent: rendererAgent(4) };
    const front = await listen((req, res) => relayToRenderer(target, req, res));
    expect((await send(front, { path: "/api/health" })).status).toBe(503);
    await expect(fetchFromRenderer(target, "/", {}, 1_000)).rejects.toThrow();
  });

  it("fetches a page whole for the response cache", async () => {
    const { target } = await frontAndRenderer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<p>a</p>");
      setTimeout(() => res.end("<p>b</p>"), 20);
    });
    const page = await fetchFromRenderer(target, "/politik", { "user-agent": "Test" }, 1_000);
    expect(page.status).toBe(200);
    expect(page.body.toString()).toBe("<p>a</p><p>b</p>");
  });

  it("waits until the renderer has confirmed the tag expiries passed to it, then sends the request", async () => {
    let confirm: () => void = () => undefined;
    let pending: Promise<void> | null = new Promise<void>((resolve) => (confirm = resolve));
    const seen: string[] = [];
    const { target: plain } = await frontAndRenderer((req, res) => {
      seen.push(req.url!);
      res.end("ok");
    });
    const target: RendererTarget = { ...plain, applied: () => pending };
    const front = await listen((req, res) => relayToRenderer(target, req, res));
    const relayed = send(front, { path: "/weitergeleitet" });
    const fetched = fetchFromRenderer(target, "/geholt", {}, 1_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([]);
    pending = null;
    confirm();
    expect((await relayed).body).toBe("ok");
    expect((await fetched).body.toString()).toBe("ok");
    expect(seen.sort()).toEqual(["/geholt", "/weitergeleitet"]);
  });
});

describe("which renderer a relayed request goes to", () => {
  const request = (method: string, url: string, headers: IncomingHttpHeaders = {}) => ({ method, url, headers });

  it("the newsroom's: admin, API, server actions and other POSTs, editors, Next's assets and router requests", () => {
    for (const req of [
      request("GET", "/admin/login"),
      request("GET", "/admin"),
      request("GET", "/api/health"),
      request("POST", "/api/views"),
      request("POST", "/admin/artikel/12", { "next-action": "abc123" }),
      request("POST", "/politik"),
      request("GET", "/politik", { cookie: "theme=dark; better-auth.session_token=xyz" }),
      request("GET", "/politik", { cookie: "__Secure-better-auth.session_token=xyz" }),
      request("GET", "/_next/static/chunks/main.js"),
      request("GET", "/politik", { rsc: "1" }),
      request("GET", "/politik?_rsc=abc"),
    ]) {
      expect(isNewsroomRequest(req), `${req.method} ${req.url} ${JSON.stringify(req.headers)}`).toBe(true);
    }
  });

  it("the readers': anonymous GET and HEAD of reader pages, pieces, search, feeds, public files", () => {
    for (const req of [
      request("GET", "/"),
      request("HEAD", "/politik/ein-artikel"),
      request("GET", "/esi/beliebt"),
      request("GET", "/suche?q=wahl"),
      request("GET", "/feed.xml"),
      request("GET", "/beacon.js"),
      request("GET", "/politik", { cookie: "theme=dark" }),
    ]) {
      expect(isNewsroomRequest(req), `${req.method} ${req.url}`).toBe(false);
    }
  });
});
