import { randomBytes } from "node:crypto";
import { createReadStream, type ReadStream } from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { settings, type Settings } from "../runtime";

/**
 * Where picture files live. One small interface, so that several instances
 * can share a volume (the disk store on a shared mount) or, later, an object
 * store. Names are content-hashed (variants.ts): a name, once written, never
 * changes its bytes, so a put of an existing name may simply overwrite.
 */
export interface PictureStorage {
  put(name: string, data: Uint8Array): Promise<void>;
  get(name: string): Promise<Buffer | null>;
  exists(name: string): Promise<boolean>;
  /** A stream of the file and its size, for serving; null when there is no such file. */
  open(name: string): Promise<{ stream: ReadStream; size: number } | null>;
  remove(name: string): Promise<void>;
}

/** Only names we make ourselves: letters, digits, dashes and one dot. Never a path. */
const SAFE_NAME = /^[0-9a-z][0-9a-z-]*\.[0-9a-z]{2,5}$/;

export class DiskPictureStorage implements PictureStorage {
  constructor(readonly dir: string) {}

  /** Files spread over 256 folders by the first two hex digits of their hash. */
  private pathOf(name: string): string {
    if (!SAFE_NAME.test(name)) throw new Error(`Ungültiger Bildname: ${name}`);
    return path.join(this.dir, name.slice(0, 2), name);
  }

  async put(name: string, data: Uint8Array): Promise<void> {
    const target = this.pathOf(name);
    await mkdir(path.dirname(target), { recursive: true });
    // Written beside the target under a temporary name, then renamed: a
    // reader (or a crash) never sees half a file.
    const temp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await writeFile(temp, data);
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(name: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async exists(name: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(name))).isFile();
    } catch {
      return false;
    }
  }

  async open(name: string): Promise<{ stream: ReadStream; size: number } | null> {
    if (!SAFE_NAME.test(name)) return null;
    const file = this.pathOf(name);
    try {
      const info = await stat(file);
      if (!info.isFile()) return null;
      return { stream: createReadStream(file), size: info.size };
    } catch {
      return null;
    }
  }

  async remove(name: string): Promise<void> {
    await rm(this.pathOf(name), { force: true });
  }
}

/** PICTURES_DIR, else `<DATA_DIR>/pictures`, else `.data/pictures` in the project. */
export function picturesDir({ picturesDir, dataDir }: Pick<Settings, "picturesDir" | "dataDir"> = settings()): string {
  if (picturesDir) return path.resolve(picturesDir);
  if (dataDir) return path.resolve(dataDir, "pictures");
  return path.resolve(process.cwd(), ".data", "pictures");
}

let shared: PictureStorage | undefined;

export function pictureStorage(): PictureStorage {
  shared ??= new DiskPictureStorage(picturesDir());
  return shared;
}

/** Tests and the seed point the process at another store. */
export function setPictureStorage(storage: PictureStorage | undefined): void {
  shared = storage;
}

/** Writes all files or none: if one fails, the ones already written go again. */
export async function putAll(storage: PictureStorage, files: { name: string; data: Uint8Array }[]): Promise<void> {
  const written: string[] = [];
  try {
    for (const file of files) {
      await storage.put(file.name, file.data);
      written.push(file.name);
    }
  } catch (error) {
    await Promise.all(written.map((name) => storage.remove(name).catch(() => undefined)));
    throw error;
  }
}
