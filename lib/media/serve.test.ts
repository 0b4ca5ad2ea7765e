import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMMUTABLE, handlePictureRequest } from "./serve";
import { DiskPictureStorage } from "./storage";

const hash = "0123456789abcdef0123456789abcdef";
const dir = mkdtempSync(path.join(tmpdir(), "rundblick-serve-"));
const storage = new DiskPictureStorage(dir);
let server: Server;
let base: string;

beforeAll(async () => {
  await storage.put(`${hash}-w640.avif`, new Uint8Array([1, 2, 3, 4]));
  await storage.put(`${hash}-original.jpg`, new Uint8Array([9, 9, 9]));
  writeFileSync(path.join(dir, "geheim.txt"), "nicht ausliefern");
  server = createServer((req, res) => {
    if (!handlePictureRequest(req, res, storage)) {
      res.writeHead(418);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("serving /bilder/", () => {
  it("serves a variant with its type and an immutable year-long cache", async () => {
    const response = await fetch(`${base}/bilder/${hash}-w640.avif`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/avif");
    expect(response.headers.get("cache-control")).toBe(IMMUTABLE);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 3, 4]);
    const head = await fetch(`${base}/bilder/${hash}-w640.avif`, { method: "HEAD" });
    expect(head.headers.get("content-length")).toBe("4");
  });

  it("answers 404 for unknown names, the original and anything path-like", async () => {
    for (const name of [`${hash}-w320.avif`, `${hash}-original.jpg`, "geheim.txt", "..%2Fgeheim.txt", "%2E%2E%2Fgeheim.txt", ""]) {
      const response = await fetch(`${base}/bilder/${name}`);
      expect(response.status, name).toBe(404);
      expect(response.headers.get("cache-control")).not.toBe(IMMUTABLE);
    }
  });

  it("answers 404 to a raw ../ path (no client in between to tidy it)", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      get({ host: "127.0.0.1", port: Number(new URL(base).port), path: "/bilder/../geheim.txt" }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on("error", reject);
    });
    expect(status).toBe(404);
  });

  it("answers 405 to writes and leaves other paths alone", async () => {
    expect((await fetch(`${base}/bilder/${hash}-w640.avif`, { method: "POST" })).status).toBe(405);
    expect((await fetch(`${base}/bildergalerie`)).status).toBe(418);
  });
});
