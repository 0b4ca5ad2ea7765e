import { purgeCall, type PurgeTarget } from "./target";

const FASTLY_API = "https://api.fastly.com";

/**
 * Fastly's purge by surrogate key, several keys per call ("Purge multiple
 * surrogate key tags"): `POST /service/<id>/purge` with the token in
 * `Fastly-Key` and `{"surrogate_keys": [...]}`, at most 256 keys a call.
 * A soft purge (`Fastly-Soft-Purge: 1`) marks objects stale instead of
 * removing them.
 */
export class FastlyTarget implements PurgeTarget {
  readonly name = "fastly";
  readonly maxTagsPerCall = 256;

  constructor(
    private readonly serviceId: string,
    private readonly apiToken: string,
    /** `apiBase` only for tests (a stand-in on 127.0.0.1); never read from the environment. */
    private readonly options: { soft?: boolean; apiBase?: string } = {},
  ) {}

  async purge(tags: string[]): Promise<void> {
    const headers: Record<string, string> = {
      "Fastly-Key": this.apiToken,
      "Content-Type": "application/json",
      Accept: "application/json",
    };
    if (this.options.soft) headers["Fastly-Soft-Purge"] = "1";
    const url = `${this.options.apiBase ?? FASTLY_API}/service/${encodeURIComponent(this.serviceId)}/purge`;
    await purgeCall(url, { method: "POST", headers, body: JSON.stringify({ surrogate_keys: tags }) });
  }
}
