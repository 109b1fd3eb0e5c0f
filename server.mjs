// SMTP Doctor's HTTP server: Next.js behind a plain Node server, above all for the visitor's
// address (and one path check Next.js would answer before proxy.ts, below). Route handlers in the
// App Router cannot see the socket, and `next start` keeps a client-sent X-Forwarded-For as is, so
// a client could pick its own address (and reset rate limits). Here the socket's address is
// written into a header of our own, overwriting anything a client sent under that name.
// lib/server/client-ip.ts reads it.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import next from "next";
import { createAdmissionQueue } from "./lib/server/admission-queue.mjs";

const PEER_HEADER = "x-smtp-doctor-peer";

// Next.js answers a path with `//` or `\` by a 308 to the cleaned path before proxy.ts or any
// header rule runs: on a share path, a Location carrying the token and no share headers. We hand
// out no such link, so it is a 404 here, with the headers of lib/server/share-headers.ts.
const SHARE_PATH = /^\/(?:r|c|case|api\/report|api\/cases)\//;
// The API's security headers (next.config.ts), for the answers given here before Next.js.
const API_HEADERS = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};
const NOT_FOUND_HEADERS = {
  ...API_HEADERS,
  "Content-Type": "text/plain; charset=utf-8",
  "X-Robots-Tag": "noindex",
};

// The health check, answered here with the app's own function (lib/server/health.ts, registered by
// instrumentation.ts) rather than routed through Next.js: a load balancer's probe then waits for the
// event loop only, not behind every request the framework is routing at that moment.
const HEALTH_HOOK = Symbol.for("smtp-doctor.health");
const HEALTH_HEADERS = { ...API_HEADERS, "Content-Type": "application/json" };

async function answerHealth(req, res, healthAnswer) {
  try {
    const { status, body } = await healthAnswer();
    res.writeHead(status, HEALTH_HEADERS).end(req.method === "HEAD" ? undefined : JSON.stringify(body));
  } catch {
    res.writeHead(503, HEALTH_HEADERS).end(JSON.stringify({ ok: false, store: "the health check failed" }));
  }
}

// PDF downloads (share links, the owner's link, staff): one per turn of the event loop into the framework, the
// rest in line (lib/server/admission-queue.mjs). The render pool and its own queue sit behind this,
// as do the per-client and per-link limits.
const PDF_PATH = /^\/api\/(?:report|cases|staff\/cases)\/[^/?]+\/pdf(?:\?|$)/;
const pdfQueue = createAdmissionQueue({
  concurrency: positiveInt(process.env.SMTP_DOCTOR_PDF_CONCURRENT_REQUESTS, 1),
  maxWaiting: positiveInt(process.env.SMTP_DOCTOR_PDF_WAITING_REQUESTS, 200),
  retryAfterSeconds: 5,
  headers: API_HEADERS,
});

function positiveInt(text, fallback) {
  const n = Number.parseInt(text ?? "", 10);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

function isSharePathWithRepeatedSlashes(url) {
  const pathname = (url ?? "/").split("?", 1)[0];
  return /\/\/|\\/.test(pathname) && SHARE_PATH.test(pathname.replace(/[\\/]+/g, "/"));
}

const port = Number.parseInt(process.env.PORT || "3000", 10);
const hostname = process.env.HOST || "0.0.0.0";
const dev = process.env.NODE_ENV !== "production";

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();

await app.prepare();
// instrumentation.ts checks the case store at start-up and exits with one line when it cannot be
// used; Next.js runs it alongside prepare(). Wait for it, so "listening" is never said by a server
// that is about to exit.
const STARTUP_CHECK = Symbol.for("smtp-doctor.startup-check");
for (let waited = 0; globalThis[STARTUP_CHECK] === undefined && waited < 10_000; waited += 20) {
  await new Promise((resolve) => setTimeout(resolve, 20));
}
await globalThis[STARTUP_CHECK];
// The device capture sink (lib/sink): its own process beside the app, with the same environment, so
// a device's connection never shares the web server's event loop. SMTP_DOCTOR_SINK_PORTS=off, or a
// build without it (npm run build:sink), starts none.
const SINK = new URL("./lib/sink/dist/sink-main.mjs", import.meta.url);
let sink = null;
if (!dev && process.env.SMTP_DOCTOR_SINK_PORTS !== "off" && existsSync(SINK)) {
  // An IPC channel only so the sink knows when this process is gone, however it ended.
  sink = spawn(process.execPath, [SINK.pathname], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: process.env,
  });
  sink.on("exit", (code, signal) => {
    if (code !== 0 || signal) console.error(`device capture stopped (${signal ?? `exit ${code}`})`);
  });
  const stopSink = () => sink?.kill("SIGTERM");
  process.once("exit", stopSink);
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.once(signal, () => {
      stopSink();
      // Next.js may be finishing requests on this signal; when nothing else listens, leave as Node would.
      if (process.listenerCount(signal) === 0) process.exit(0);
    });
  }
}

createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  if (isSharePathWithRepeatedSlashes(req.url)) {
    res.writeHead(404, NOT_FOUND_HEADERS).end("Not found\n");
    return;
  }
  const healthAnswer = globalThis[HEALTH_HOOK];
  if ((req.method === "GET" || req.method === "HEAD") && req.url === "/api/health" && healthAnswer) {
    void answerHealth(req, res, healthAnswer);
    return;
  }
  if (req.method === "GET" && PDF_PATH.test(req.url ?? "")) {
    pdfQueue.admit(res, () => handle(req, res));
    return;
  }
  handle(req, res);
}).listen(port, hostname, () => {
  console.log(`> SMTP Doctor listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});
