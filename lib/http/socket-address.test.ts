import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { loginClientAddress } from "../auth/login";
import { SOCKET_ADDRESS_HEADER, socketAddressFrom, stampSocketAddress } from "./socket-address";

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

describe("socket address for the login throttle", () => {
  it("is the socket's, whatever the client claims", async () => {
    const headers = await headersSeenBehindServer({ [SOCKET_ADDRESS_HEADER]: "6.6.6.6", "X-Forwarded-For": "7.7.7.7" });
    expect(socketAddressFrom(headers)).toBe("127.0.0.1");
    expect(loginClientAddress(headers, undefined)).toBe("127.0.0.1");
    expect(loginClientAddress(headers, "false")).toBe("127.0.0.1");
    // With a trusted proxy, the proxy's report counts instead.
    expect(loginClientAddress(headers, "1")).toBe("7.7.7.7");
  });
});
