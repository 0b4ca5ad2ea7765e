import net from "node:net";

/** A TCP relay (to Postgres or Redis) that can be cut (every connection dropped, new ones refused) and mended. */
export class Relay {
  private readonly sockets = new Set<net.Socket>();
  private cut = false;
  readonly server = net.createServer((client) => {
    if (this.cut) return client.destroy();
    const upstream = net.connect(this.target.port, this.target.host);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
      socket.on("error", () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });

  constructor(private readonly target: { host: string; port: number }) {}

  listen(): Promise<number> {
    return new Promise((resolve) => this.server.listen(0, "127.0.0.1", () => resolve((this.server.address() as net.AddressInfo).port)));
  }

  cutOff(): void {
    this.cut = true;
    for (const socket of this.sockets) socket.destroy();
  }

  mend(): void {
    this.cut = false;
  }
}

