import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { test } from "node:test";
import { createAdmissionQueue } from "./admission-queue.mjs";

async function withServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  body: (port: number) => Promise<void>,
): Promise<void> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await body((server.address() as AddressInfo).port);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

function get(
  port: number,
  path: string,
): Promise<{ status: number; headers: IncomingMessage["headers"]; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

// The server runs in a child process, as it does in production: a client in the same process would
// be blocked by the very busy loop it measures.
const CHILD_SERVER = `
import { createServer } from "node:http";
import { createAdmissionQueue } from ${JSON.stringify(new URL("./admission-queue.mjs", import.meta.url).href)};
const queued = process.argv[1] === "queued";
const queue = createAdmissionQueue({ concurrency: 2, maxWaiting: 100, retryAfterSeconds: 5, headers: {} });
const finished = [];
const server = createServer((req, res) => {
  if (req.url === "/health") { finished.push("health"); res.end("ok"); return; }
  if (req.url === "/order") { res.end(JSON.stringify(finished)); return; }
  const serve = () => {
    const until = performance.now() + 15;
    while (performance.now() < until) {}
    finished.push(req.url);
    res.end("pdf");
  };
  if (queued) queue.admit(res, serve); else serve();
});
server.on("connection", () => console.log("connection"));
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;

/** Sends one request on an open socket and resolves with the whole answer once the server closes. */
function ask(socket: Socket, path: string): Promise<string> {
  return new Promise((resolve) => {
    let answer = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => {
      answer += chunk;
    });
    socket.on("close", () => resolve(answer));
    socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  });
}

async function burstOrder(mode: "queued" | "direct"): Promise<string[]> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", CHILD_SERVER, mode], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    let accepted = 0;
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.setEncoding("utf8");
      child.stdout.once("data", (text: string) => resolve(Number(text.trim())));
      child.once("exit", () => reject(new Error("the server exited")));
    });
    child.stdout.on("data", (text: string) => {
      accepted += text.split("connection").length - 1;
    });
    // Every connection open and accepted first (a load balancer's and browsers' kept-alive
    // connections): what is measured is how requests on them are served, not how fast the
    // kernel hands over new ones.
    const sockets = await Promise.all(
      Array.from(
        { length: 31 },
        () =>
          new Promise<Socket>((resolve) => {
            const socket: Socket = connect(port, "127.0.0.1", () => resolve(socket));
          }),
      ),
    );
    while (accepted < sockets.length) await new Promise((r) => setTimeout(r, 5));
    const burst = sockets.slice(0, 30).map((socket, i) => ask(socket, `/pdf/${i}`));
    // Sent once the burst is in.
    await new Promise((resolve) => setTimeout(resolve, 40));
    await Promise.all([...burst, ask(sockets[30] as Socket, "/health")]);
    return JSON.parse((await get(port, "/order")).body) as string[];
  } finally {
    child.kill();
  }
}

test("other requests are answered between queued heavy ones, not after the whole burst", async () => {
  // Without the queue, each busy answer runs in the callback that read it: the health check,
  // sent after the burst, waits for all of it. That is what the queue is for.
  const direct = await burstOrder("direct");
  assert.equal(direct.indexOf("health"), direct.length - 1, direct.join(" "));
  const queued = await burstOrder("queued");
  const at = queued.indexOf("health");
  assert.ok(
    at >= 0 && at < queued.length - 10,
    `health answered at ${at} of ${queued.length}: ${queued.join(" ")}`,
  );
});

test("queued requests start in arrival order, a few per turn", async () => {
  const queue = createAdmissionQueue({ concurrency: 1, maxWaiting: 100, retryAfterSeconds: 5, headers: {} });
  const started: number[] = [];
  let peak = 0;
  await withServer(
    (req, res) => {
      queue.admit(res, () => {
        started.push(Number(req.url?.slice(1)));
        peak = Math.max(peak, queue.size().active);
        setTimeout(() => res.end("done"), 2);
      });
    },
    async (port) => {
      for (let i = 0; i < 8; i++) {
        const sent = get(port, `/${i}`);
        // Each request is read before the next is sent, so arrival order is known.
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (i === 7) await sent;
      }
      while (started.length < 8 || queue.size().active > 0) await new Promise((r) => setTimeout(r, 5));
    },
  );
  assert.deepEqual(started, [0, 1, 2, 3, 4, 5, 6, 7]);
  assert.equal(peak, 1);
});

test("a full line is refused at once with 503, Retry-After and the given headers", async () => {
  const queue = createAdmissionQueue({
    concurrency: 1,
    maxWaiting: 2,
    retryAfterSeconds: 7,
    headers: { "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" },
  });
  const held: ServerResponse[] = [];
  await withServer(
    (_req, res) => {
      queue.admit(res, () => held.push(res));
    },
    async (port) => {
      const first = get(port, "/a");
      while (held.length < 1) await new Promise((r) => setTimeout(r, 2));
      const waiting = [get(port, "/b"), get(port, "/c")];
      while (queue.size().waiting < 2) await new Promise((r) => setTimeout(r, 2));
      const refused = await get(port, "/d");
      assert.equal(refused.status, 503);
      assert.equal(refused.headers["retry-after"], "7");
      assert.equal(refused.headers["x-content-type-options"], "nosniff");
      assert.equal(refused.headers["cache-control"], "no-store");
      assert.deepEqual(JSON.parse(refused.body).error.code, "unavailable");
      assert.equal(JSON.parse(refused.body).error.retryAfterSeconds, 7);
      // The line moves on as answers finish.
      for (let i = 0; i < 3; i++) {
        while (held.length <= i) await new Promise((r) => setTimeout(r, 2));
        held[i]?.end("done");
      }
      assert.deepEqual(
        (await Promise.all([first, ...waiting])).map((r) => r.status),
        [200, 200, 200],
      );
    },
  );
});

test("a client that leaves while waiting is never started and frees its place", async () => {
  const queue = createAdmissionQueue({ concurrency: 1, maxWaiting: 10, retryAfterSeconds: 5, headers: {} });
  const started: string[] = [];
  const held: ServerResponse[] = [];
  await withServer(
    (req, res) => {
      queue.admit(res, () => {
        started.push(req.url ?? "");
        held.push(res);
      });
    },
    async (port) => {
      const first = get(port, "/first");
      while (held.length < 1) await new Promise((r) => setTimeout(r, 2));
      const leaving = httpRequest({ host: "127.0.0.1", port, path: "/leaving", agent: false });
      leaving.on("error", () => {});
      leaving.end();
      while (queue.size().waiting < 1) await new Promise((r) => setTimeout(r, 2));
      leaving.destroy();
      while (queue.size().waiting > 0) await new Promise((r) => setTimeout(r, 2));
      const last = get(port, "/last");
      while (queue.size().waiting < 1) await new Promise((r) => setTimeout(r, 2));
      held[0]?.end("done");
      while (held.length < 2) await new Promise((r) => setTimeout(r, 2));
      held[1]?.end("done");
      await Promise.all([first, last]);
    },
  );
  assert.deepEqual(started, ["/first", "/last"]);
});
