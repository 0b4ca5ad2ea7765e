import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/prisma-client";
import { MAX_UPLOAD_BYTES } from "./errors";
import { pictureRef } from "./library";
import { DiskPictureStorage } from "./storage";
import { SVG, jpeg, png, pngDeclaring } from "./test-images";
import { handleUpload, type UploadContext } from "./upload";
import { variantNames } from "./variants";

const prisma = createPrismaClient();
const dir = mkdtempSync(path.join(tmpdir(), "rundblick-upload-"));
const storage = new DiskPictureStorage(dir);
let userId: string;

afterAll(async () => {
  await prisma.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const context: UploadContext = { db: prisma, userId: async () => userId, storage };

/** Every file in the storage, however deep. */
function storedFiles(): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[]).filter((e) => e.isFile()).map((e) => e.name);
}

function upload(body: BodyInit | null, headers: Record<string, string> = {}): Promise<Response> {
  const request = new Request("http://localhost:3000/api/bilder", {
    method: "POST",
    body,
    headers: { host: "localhost:3000", origin: "http://localhost:3000", ...headers },
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  return handleUpload(request, context);
}

async function expectRefused(response: Response, status: number, message: RegExp) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  const body = (await response.json()) as { error: string };
  expect(body.error).toMatch(message);
  expect(await prisma.picture.count()).toBe(0);
  expect(storedFiles()).toEqual([]);
}

beforeEach(async () => {
  await prisma.article.updateMany({ data: { pictureId: null } });
  await prisma.picture.deleteMany();
  rmSync(dir, { recursive: true, force: true });
  const user = await prisma.user.upsert({
    where: { email: "bilder@example.com" },
    create: { id: "bilder-test", email: "bilder@example.com", name: "Bildredaktion", role: "EDITOR" },
    update: {},
  });
  userId = user.id;
});

describe("picture upload", () => {
  it("stores a photo: the original, every variant, one row; metadata stripped, EXIF orientation applied", async () => {
    // 1200 × 800 on the sensor, EXIF orientation 6 (turned 90°), with GPS in its EXIF.
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#4a7" } })
      .jpeg()
      .withExif({ IFD0: { Make: "Testkamera" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 31/1 0/1" } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const response = await upload(new Uint8Array(photo), { "content-type": "image/jpeg", "x-dateiname": encodeURIComponent("Hafen am Morgen.jpg") });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: number; width: number; height: number; fileName: string; previewUrl: string };
    expect([body.width, body.height]).toEqual([800, 1200]);
    expect(body.fileName).toBe("Hafen am Morgen.jpg");
    const row = await prisma.picture.findUniqueOrThrow({ where: { id: body.id } });
    expect(row.uploaderId).toBe(userId);
    for (const name of variantNames(pictureRef(row))) expect(await storage.exists(name), name).toBe(true);
    expect(await storage.exists(`${row.hash}-original.jpg`)).toBe(true);

    const variant = await storage.get(`${row.hash}-w640.jpg`);
    const meta = await sharp(variant!).metadata();
    expect([meta.width, meta.height]).toEqual([640, 960]);
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    for (const ext of ["avif", "webp"]) expect((await sharp((await storage.get(`${row.hash}-w320.${ext}`))!).metadata()).exif).toBeUndefined();

    // The same photo again is the same picture.
    const again = await upload(new Uint8Array(photo), { "content-type": "image/jpeg" });
    expect(((await again.json()) as { id: number }).id).toBe(body.id);
    expect(await prisma.picture.count()).toBe(1);
  });

  it("refuses a file that is not an image", async () => {
    await expectRefused(await upload("Nur ein Text, kein Bild.", { "content-type": "text/plain", "x-dateiname": "notiz.txt" }), 415, /kein Bild/);
    await expectRefused(await upload(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16])), 415, /kein Bild im Format JPEG, PNG, WebP oder AVIF/);
  });

  it("refuses an image that lies about its type", async () => {
    // PNG bytes sent as a JPEG.
    await expectRefused(await upload(new Uint8Array(await png()), { "content-type": "image/jpeg", "x-dateiname": "foto.jpg" }), 415, /gibt sich als JPEG aus, ist aber PNG/);
    // Text behind a JPEG's first bytes.
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("Dies ist gar kein Foto. ".repeat(20))]);
    const response = await upload(new Uint8Array(fake), { "content-type": "image/jpeg", "x-dateiname": "foto.jpg" });
    await expectRefused(response, 422, /beschädigt oder unvollständig|kein lesbares Bild/);
  });

  it("refuses SVG, which can carry scripts", async () => {
    await expectRefused(await upload(new Uint8Array(SVG), { "content-type": "image/svg+xml", "x-dateiname": "logo.svg" }), 415, /SVG.*Skripte/);
    // Also when it claims to be a JPEG.
    await expectRefused(await upload(new Uint8Array(SVG), { "content-type": "image/jpeg", "x-dateiname": "logo.jpg" }), 415, /SVG/);
  });

  it("refuses a decompression bomb by its declared size, before decoding", async () => {
    const bomb = pngDeclaring(100_000, 100_000);
    expect(bomb.length).toBeLessThan(100);
    await expectRefused(await upload(new Uint8Array(bomb), { "content-type": "image/png" }), 413, /10\.000 Megapixel; höchstens 50 Megapixel/);
  });

  it("refuses more than 15 MB, by Content-Length and as the bytes arrive", async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(await jpeg(64, 64));
    await expectRefused(await upload(big, { "content-type": "image/jpeg" }), 413, /größer als 15 MB/);
    // No Content-Length: counted while reading, cut off at the limit.
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024));
        if (sent > 40 * 1024 * 1024) controller.close();
      },
    });
    await expectRefused(await upload(endless, { "content-type": "image/jpeg" }), 413, /größer als 15 MB/);
    expect(sent).toBeLessThanOrEqual(MAX_UPLOAD_BYTES + 3 * 1024 * 1024);
  });

  it("stores nothing when the upload breaks off", async () => {
    const photo = await jpeg();
    const half = photo.subarray(0, Math.floor(photo.length / 2));
    // The client goes away mid-body.
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(half));
        setTimeout(() => controller.error(new Error("aborted")), 10);
      },
    });
    await expectRefused(await upload(broken, { "content-type": "image/jpeg", "content-length": String(photo.length) }), 400, /unterbrochen/);
    // Fewer bytes than announced.
    const short = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(half));
        controller.close();
      },
    });
    await expectRefused(await upload(short, { "content-type": "image/jpeg", "content-length": String(photo.length) }), 400, /unterbrochen/);
    // A truncated JPEG that arrives "complete" is broken, not half-stored.
    await expectRefused(await upload(new Uint8Array(half), { "content-type": "image/jpeg" }), 422, /beschädigt/);
  });

  it("needs an editor's session and the site's own origin", async () => {
    userId = "";
    const photo = new Uint8Array(await jpeg());
    await expectRefused(await upload(photo, { "content-type": "image/jpeg" }), 401, /melden Sie sich an/);
    userId = "bilder-test";
    await expectRefused(await upload(photo, { "content-type": "image/jpeg", origin: "https://boese.example" }), 403, /nur aus der Redaktion/);
  });
});
