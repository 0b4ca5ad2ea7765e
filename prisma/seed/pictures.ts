/**
 * The demo pictures, through the same pipeline as an editor's upload
 * (lib/media: validation, EXIF orientation, variants, crops). Their sources
 * are our own illustrations (public/images/demo/*.svg), rasterised here to a
 * 1920 × 1080 JPEG as if a photographer had delivered them. Processing takes
 * a few seconds per picture, so the results are kept in
 * `.cache/seed-pictures/<key>/` (gitignored) and copied into the picture
 * storage on later seeds; the key changes with the source and the pipeline.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { preparePicture } from "../../lib/media/library";
import { pictureStorage, putAll, type PictureStorage } from "../../lib/media/storage";
import { FILE_NAME_PATTERN } from "../../lib/media/variants";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const CACHE_DIR = path.join(ROOT, ".cache", "seed-pictures");
/** Raise when the pipeline's output changes, so cached results are made again. */
const PIPELINE_VERSION = "1";

export type SeedPicture = { hash: string; width: number; height: number; type: string; bytes: number; fileName: string };

type Manifest = SeedPicture & { files: string[] };

async function fromCache(key: string): Promise<{ manifest: Manifest; files: { name: string; data: Buffer }[] } | null> {
  try {
    const dir = path.join(CACHE_DIR, key);
    const manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as Manifest;
    const files = await Promise.all(manifest.files.map(async (name) => ({ name, data: await readFile(path.join(dir, name)) })));
    return { manifest, files };
  } catch {
    return null;
  }
}

async function toCache(key: string, manifest: Manifest, files: { name: string; data: Buffer }[]): Promise<void> {
  const dir = path.join(CACHE_DIR, key);
  const temp = `${dir}.${process.pid}.tmp`;
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  await Promise.all(files.map((f) => writeFile(path.join(temp, f.name), f.data)));
  await writeFile(path.join(temp, "manifest.json"), JSON.stringify(manifest));
  await rm(dir, { recursive: true, force: true });
  await rename(temp, dir).catch(async () => rm(temp, { recursive: true, force: true }));
}

/** One demo picture: its files in the storage, its row's data returned. */
async function seedPicture(publicPath: string, storage: PictureStorage): Promise<SeedPicture> {
  const svg = await readFile(path.join(ROOT, "public", publicPath));
  const key = createHash("sha256").update(svg).update(`\0pipeline ${PIPELINE_VERSION}`).digest("hex").slice(0, 24);
  const cached = await fromCache(key);
  if (cached) {
    await putAll(storage, cached.files);
    const { files: _files, ...picture } = cached.manifest;
    return picture;
  }
  const fileName = `${path.basename(publicPath, ".svg")}.jpg`;
  // The illustration as a delivered photo: a JPEG at 1920 × 1080.
  const original = await sharp(svg, { density: 144 }).resize(1920, 1080, { fit: "cover" }).flatten({ background: "#ffffff" }).jpeg({ quality: 88 }).toBuffer();
  const prepared = await preparePicture(original, { mime: "image/jpeg", fileName });
  await putAll(storage, prepared.files);
  const picture: SeedPicture = { hash: prepared.hash, width: prepared.width, height: prepared.height, type: prepared.type, bytes: prepared.bytes, fileName };
  await toCache(key, { ...picture, files: prepared.files.map((f) => f.name) }, prepared.files);
  return picture;
}

/** Every demo picture, by its source path (e.g. `/images/demo/politik-1.svg`). */
export async function seedPictures(sources: string[], storage: PictureStorage = pictureStorage()): Promise<Map<string, SeedPicture>> {
  const result = new Map<string, SeedPicture>();
  // One after another: processing is bounded to one picture at a time anyway.
  for (const source of sources) result.set(source, await seedPicture(source, storage));
  return result;
}

/** For tests: the served names among a cache entry's files (never the original). */
export async function cachedVariantNames(key: string): Promise<string[]> {
  return (await readdir(path.join(CACHE_DIR, key))).filter((n) => FILE_NAME_PATTERN.test(n));
}
