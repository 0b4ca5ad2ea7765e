import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { forgetSettings } from "../runtime";
import { clientAddress, clientAddressFromHeaders, SOCKET_ADDRESS_HEADER, socketAddressFrom, stampSocketAddress } from "./client-address";

// The renderer behind the front: it stamps every request.
beforeEach(() => {
  process.env.RENDERER_RELAY_TOKEN = "test-token";
  forgetSettings();
});
afterEach(() => {
  delete process.env.RENDERER_RELAY_TOKEN;
  delete process.env.TRUST_PROXY;
  forgetSettings();
});

/** What code inside Next would see: the request's headers after the project's server stamped them. */
async function headersSeenBehindServer(sent: Record<string, string>): Promise<Headers> {
  const server = createServer((req, res) => {
    stampSocketAddress(req);
    res.end(JSON.stringify({ headers: req.headers, raw: req.rawHeaders }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const body = await new Promise<string>((resolve, reject) => {
      const req = request({ port: (server.address() as AddressInfo).port, host: "127.0.0.1", headers: sent }, (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve(text));
      });
      req.on("error", reject);
      req.end();
    });
    const { headers, raw } = JSON.parse(body) as { headers: Record<string, string>; raw: string[] };
    expect(raw.filter((name) => name.toLowerCase() === SOCKET_ADDRESS_HEADER)).toHaveLength(0);
    return new Headers(headers);
  } finally {
    server.close();
  }
}

describe("client address inside Next", () => {
  it("is the socket's, whatever the client claims", async () => {
    const headers = await headersSeenBehindServer({ [SOCKET_ADDRESS_HEADER]: "6.6.6.6", "X-Forwarded-For": "7.7.7.7" });
    expect(socketAddressFrom(headers)).toBe("127.0.0.1");
    expect(clientAddressFromHeaders(headers)).toBe("127.0.0.1");
    // With a trusted proxy, the proxy's report counts instead.
    process.env.TRUST_PROXY = "1";
    forgetSettings();
    expect(clientAddressFromHeaders(headers)).toBe("7.7.7.7");
  });

  it("is unknown under plain next start, where nobody stamps the header", async () => {
    const headers = await headersSeenBehindServer({});
    delete process.env.RENDERER_RELAY_TOKEN;
    forgetSettings();
    expect(socketAddressFrom(headers)).toBeNull();
    expect(clientAddressFromHeaders(headers)).toBeNull();
  });
});

describe("client address", () => {
  it("ignores X-Forwarded-For unless a proxy is trusted", () => {
    expect(clientAddress("198.51.100.1", undefined, 0)).toBeNull();
    expect(clientAddress("198.51.100.1", "203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("takes the entry the trusted proxies added, not what the client claims", () => {
    expect(clientAddress("6.6.6.6, 198.51.100.1", "10.0.0.2", 1)).toBe("198.51.100.1");
    expect(clientAddress(["6.6.6.6", "198.51.100.1"], undefined, 1)).toBe("198.51.100.1");
    expect(clientAddress("6.6.6.6, 198.51.100.1, 10.0.0.2", undefined, 2)).toBe("198.51.100.1");
    expect(clientAddress(null, "10.0.0.2", 1)).toBe("unknown");
  });
});
