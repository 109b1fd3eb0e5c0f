// Bounded concurrency for one class of heavy requests, in front of Next.js (server.mjs). Fifty PDF
// downloads at once each cost the event loop 4–12 ms even when the PDF is cached (routing, the
// link and limit checks, writing 60 kB), so together they stalled every other request, the health
// check included, for over half a second. Here at most `concurrency` of them are handed to the
// framework per turn of the event loop; the rest wait in arrival order at the cost of a parked
// socket, and the loop serves everyone else between them. A full queue answers 503 with Retry-After
// at once rather than holding ever more sockets. Plain JavaScript: server.mjs runs without a build.

/**
 * @param {{ concurrency: number, maxWaiting: number, retryAfterSeconds: number, headers: Record<string, string> }} options
 */
export function createAdmissionQueue({ concurrency, maxWaiting, retryAfterSeconds, headers }) {
  let active = 0;
  let drainScheduled = false;
  /** @type {{ res: import("node:http").ServerResponse, start: () => void }[]} */
  const waiting = [];

  // Requests start in the event loop's check phase, never from the callback that read them or
  // from the last one's 'close'. A cached PDF is served without waiting on any I/O: the framework
  // finishes it within the callback that read the request, so fifty requests read in one poll
  // were fifty back-to-back answers before the loop looked at any other socket (the health check's
  // connection waited for the whole burst, with or without a limit on how many run at once).
  // setImmediate hands a few to the framework per turn and lets every other socket in between.
  function scheduleDrain() {
    if (drainScheduled) return;
    drainScheduled = true;
    setImmediate(() => {
      drainScheduled = false;
      next();
    });
  }

  function next() {
    while (active < concurrency && waiting.length > 0) {
      const entry = /** @type {(typeof waiting)[number]} */ (waiting.shift());
      // A client that gave up while waiting costs nothing more.
      if (entry.res.destroyed || entry.res.writableEnded) continue;
      run(entry.res, entry.start);
    }
  }

  /** @param {import("node:http").ServerResponse} res @param {() => void} start */
  function run(res, start) {
    active++;
    let released = false;
    // 'close' follows both a finished answer and a connection lost midway.
    res.once("close", () => {
      if (released) return;
      released = true;
      active--;
      scheduleDrain();
    });
    start();
  }

  return {
    /**
     * Hands the request to `start` on a later turn of the event loop, when a slot is free; answers
     * 503 itself when the line is full.
     * @param {import("node:http").ServerResponse} res
     * @param {() => void} start
     * @returns {"queued" | "refused"}
     */
    admit(res, start) {
      if (waiting.length >= maxWaiting) {
        const body = JSON.stringify({
          error: {
            code: "unavailable",
            message: `Too many PDF downloads are under way. Try again in ${retryAfterSeconds} seconds.`,
            retryAfterSeconds,
          },
        });
        res
          .writeHead(503, {
            ...headers,
            "Content-Type": "application/json",
            "Retry-After": String(retryAfterSeconds),
          })
          .end(body);
        return "refused";
      }
      const entry = { res, start };
      waiting.push(entry);
      scheduleDrain();
      res.once("close", () => {
        const at = waiting.indexOf(entry);
        if (at >= 0) waiting.splice(at, 1);
      });
      return "queued";
    },
    /** Requests being served and waiting now. */
    size() {
      return { active, waiting: waiting.length };
    },
  };
}
