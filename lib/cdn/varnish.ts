import { purgeCall, type PurgeTarget } from "./target";

/**
 * One Varnish node running deploy/varnish/default.vcl: a `PURGE` request
 * whose `xkey-purge` header (or `xkey-softpurge`) lists the keys,
 * space-separated, as vmod xkey reads them. Each node of VARNISH_URLS is a
 * target of its own, so a node that is down is retried without the others.
 */
export class VarnishTarget implements PurgeTarget {
  readonly name: string;
  // Each key travels in one request header: well below Varnish's default
  // 8 KB per header line (http_req_hdr_len), for tags of up to 60 characters.
  readonly maxTagsPerCall = 100;

  constructor(
    private readonly baseUrl: string,
    private readonly options: { soft?: boolean } = {},
  ) {
    this.name = `varnish ${baseUrl}`;
  }

  async purge(tags: string[]): Promise<void> {
    const header = this.options.soft ? "xkey-softpurge" : "xkey-purge";
    await purgeCall(`${this.baseUrl}/`, { method: "PURGE", headers: { [header]: tags.join(" ") } });
  }
}
