/**
 * A lean HTTP/1.1 load generator for the benches: `connections` keep-alive
 * sockets, each sending the next prepared request as soon as the previous
 * answer is complete (no pipelining, as browsers do). Requests are rendered
 * once up front, so the client spends its CPU on the sockets, not on building
 * requests: on a 2-core machine the client shares the CPU with the server
 * under test, and a heavier client (autocannon took about 75 % of a core
 * here) measures itself rather than the server.
 *
 * Answers must carry Content-Length or have no body (1xx/204/304); anything
 * else counts as an error and the connection is opened again.
 */
import net from "node:net";

export type LoadResult = {
  durationS: number;
  statusCounts: Record<number, number>;
  /** Milliseconds, sorted. */
  latencies: Float64Array;
  errors: number;
};

export type LoadOptions = {
  host: string;
  port: number;
  connections: number;
  /** Raw requests, sent in order, each exactly once (or over and over until `durationMs` has passed). */
  requests: Buffer[];
  /** Keep sending, cycling through `requests`, until this many milliseconds have passed. */
  durationMs?: number;
};

const HEADER_END = Buffer.from("\r\n\r\n");

export function runLoad({ host, port, connections, requests, durationMs }: LoadOptions): Promise<LoadResult> {
  const deadline = durationMs === undefined ? Infinity : performance.now() + durationMs;
  // With a duration, room for as many answers as a fast server gives (grown when needed).
  let latencies = new Float64Array(durationMs === undefined ? requests.length : 1 << 20);
  const statusCounts: Record<number, number> = {};
  let next = 0;
  let done = 0;
  let errors = 0;
  let open = 0;
  const started = performance.now();

  return new Promise((resolve) => {
    const finish = () => {
      if (open > 0 || (durationMs === undefined && done + errors < requests.length)) return;
      const answered = latencies.subarray(0, done).sort();
      resolve({ durationS: (performance.now() - started) / 1000, statusCounts, latencies: answered, errors });
    };

    const exhausted = () => (durationMs === undefined ? next >= requests.length : performance.now() >= deadline);
    const connect = () => {
      if (exhausted()) return finish();
      open++;
      const socket = net.connect({ host, port, noDelay: true });
      let pending: Buffer = Buffer.alloc(0);
      let sentAt = 0;
      let inFlight = false;

      const send = () => {
        if (exhausted()) {
          socket.end();
          return;
        }
        const request = requests[next++ % requests.length]!;
        sentAt = performance.now();
        inFlight = true;
        socket.write(request);
      };

      socket.on("connect", send);
      socket.on("data", (chunk: Buffer) => {
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        for (;;) {
          const end = pending.indexOf(HEADER_END);
          if (end < 0) return;
          const head = pending.subarray(0, end).toString("latin1");
          const status = Number(head.slice(9, 12));
          const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
          const bodyLength = length ? Number(length[1]) : status < 200 || status === 204 || status === 304 ? 0 : -1;
          if (bodyLength < 0) {
            socket.destroy(new Error(`answer without Content-Length (${status})`));
            return;
          }
          const total = end + HEADER_END.length + bodyLength;
          if (pending.length < total) return;
          pending = pending.subarray(total);
          if (done === latencies.length) {
            const grown = new Float64Array(latencies.length * 2);
            grown.set(latencies);
            latencies = grown;
          }
          latencies[done++] = performance.now() - sentAt;
          statusCounts[status] = (statusCounts[status] ?? 0) + 1;
          inFlight = false;
          if (/\r\nconnection:\s*close/i.test(head)) {
            socket.end();
            return;
          }
          send();
        }
      });
      socket.on("error", () => {
        if (inFlight) errors++;
        inFlight = false;
      });
      socket.on("close", () => {
        if (inFlight) errors++;
        open--;
        // The server closed a keep-alive socket: carry on with a new one.
        if (!exhausted()) connect();
        else finish();
      });
    };

    for (let i = 0; i < Math.min(connections, requests.length); i++) connect();
  });
}

/** A POST with a JSON body, rendered as raw HTTP/1.1. */
export function renderPost(host: string, path: string, headers: Record<string, string>, body: string): Buffer {
  const payload = Buffer.from(body);
  const lines = [`POST ${path} HTTP/1.1`, `Host: ${host}`, `Content-Length: ${payload.length}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`), payload]);
}
