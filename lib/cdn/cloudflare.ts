import { PurgeFailed, purgeCall, type PurgeTarget } from "./target";

const CLOUDFLARE_API = "https://api.cloudflare.com";

/**
 * Cloudflare's purge by cache tag: `POST /client/v4/zones/<zone>/purge_cache`
 * with `Authorization: Bearer <token>` and `{"tags": [...]}`. The API once
 * took 30 tags a call and now takes up to 100 on every plan; 30 is within
 * both.
 */
export class CloudflareTarget implements PurgeTarget {
  readonly name = "cloudflare";
  readonly maxTagsPerCall = 30;

  constructor(
    private readonly zoneId: string,
    private readonly apiToken: string,
    /** `apiBase` only for tests (a stand-in on 127.0.0.1); never read from the environment. */
    private readonly options: { apiBase?: string } = {},
  ) {}

  async purge(tags: string[]): Promise<void> {
    const url = `${this.options.apiBase ?? CLOUDFLARE_API}/client/v4/zones/${encodeURIComponent(this.zoneId)}/purge_cache`;
    const body = await purgeCall(url, {
      method: "POST",
      headers: { Authorization: `Bearer ${this.apiToken}`, "Content-Type": "application/json" },
      body: JSON.stringify({ tags }),
    });
    // The API's envelope says whether it worked, also on a 200.
    const answer = parseJson(body) as { success?: unknown; errors?: unknown } | undefined;
    if (answer?.success === false) throw new PurgeFailed(`abgelehnt: ${JSON.stringify(answer.errors ?? answer).slice(0, 200)}`, false);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
