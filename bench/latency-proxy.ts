import net from "node:net";

/**
 * A TCP proxy that holds every server→client chunk for `delayMs` (keeping order), so a loopback
 * fixture behaves like a server 100 ms away. Bytes pass through untouched, TLS included.
 */
export async function startLatencyProxy(target: { host: string; port: number }, delayMs: number) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let releaseAt = 0;
    upstream.on("data", (chunk) => {
      releaseAt = Math.max(Date.now() + delayMs, releaseAt);
      setTimeout(() => {
        if (!client.destroyed) client.write(chunk);
      }, releaseAt - Date.now());
    });
    client.on("data", (chunk) => upstream.write(chunk));
    const end = () => {
      setTimeout(() => {
        client.destroy();
        upstream.destroy();
      }, delayMs);
    };
    upstream.on("close", end);
    client.on("close", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
