/** Parsing a view beacon: what POST /api/views accepts, with German reasons for what it refuses. */
import { z } from "zod";

export const MAX_BEACON_BYTES = 1024;

const beaconSchema = z.strictObject({
  articleId: z.number().int().positive().max(2_147_483_647),
});

export type BeaconParse =
  | { ok: true; articleId: number }
  | { ok: false; status: 400; reason: string };

export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const type = value.split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

/** Reads at most MAX_BEACON_BYTES + 1 bytes, so an oversized body is never buffered whole. */
export async function readLimited(body: ReadableStream<Uint8Array> | null, limit = MAX_BEACON_BYTES): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export function parseBeacon(bytes: Uint8Array): BeaconParse {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, status: 400, reason: "Der Inhalt ist kein gültiges JSON." };
  }
  const parsed = beaconSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, status: 400, reason: 'Erwartet wird {"articleId": <positive ganze Zahl>} und nichts sonst.' };
  }
  return { ok: true, articleId: parsed.data.articleId };
}
