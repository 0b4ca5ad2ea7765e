/**
 * The reference for `npm run bench:pages`: plain `node:http` sending fixed
 * answers (status, headers, body) read from a JSON file, by path. Run as its
 * own process, like the server it is compared with.
 *
 *   tsx bench/plain-server.ts <answers.json> <port>
 */
import { readFileSync } from "node:fs";
import { createServer, type OutgoingHttpHeaders } from "node:http";

type Answer = { status: number; headers: OutgoingHttpHeaders; body: string };

const [file, port] = process.argv.slice(2);
const answers = new Map(
  Object.entries(JSON.parse(readFileSync(file!, "utf8")) as Record<string, Answer>).map(([path, a]) => [
    path,
    { status: a.status, headers: a.headers, body: Buffer.from(a.body, "base64") },
  ]),
);

createServer((req, res) => {
  const answer = answers.get(req.url ?? "");
  if (!answer) {
    res.writeHead(404, { "content-length": "0" });
    res.end();
    return;
  }
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}).listen(Number(port), "127.0.0.1", () => console.log("bereit"));
