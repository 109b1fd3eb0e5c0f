// SMTP Doctor's HTTP server: Next.js behind a plain Node server, for one reason — the visitor's
// address. Route handlers in the App Router cannot see the socket, and `next start` keeps a
// client-sent X-Forwarded-For as is, so a client could pick its own address (and reset rate
// limits). Here the socket's address is written into a header of our own, overwriting anything a
// client sent under that name. lib/server/client-ip.ts reads it.
import { createServer } from "node:http";
import next from "next";

const PEER_HEADER = "x-smtp-doctor-peer";
const port = Number.parseInt(process.env.PORT || "3000", 10);
const hostname = process.env.HOST || "0.0.0.0";
const dev = process.env.NODE_ENV !== "production";

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();

await app.prepare();
createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  handle(req, res);
}).listen(port, hostname, () => {
  console.log(`> SMTP Doctor listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});
