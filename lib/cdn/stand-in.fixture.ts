import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A local stand-in for a CDN's purge API on 127.0.0.1: records every call
 * (method, path, headers, body) and answers with the next of `statuses`
 * (200 once they run out), so tests never reach the real internet.
 */
export async function purgeApiStandIn(answer: (call: RecordedCall, index: number) => { status: number; body?: string } = () => ({ status: 200 })) {
  const calls: RecordedCall[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const call = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      calls.push(call);
      const { status, body } = answer(call, calls.length - 1);
      res.writeHead(status, { "content-type": "application/json" });
      res.end(body ?? JSON.stringify({ status: "ok" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
