import assert from "node:assert/strict";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { after, before, describe, test } from "node:test";
import { clientIp, PEER_HEADER, parseTrustedProxy } from "../network/client-ip";
import { PdfCache } from "../pdf/pdf-cache";
import { PdfBusyError, PdfRenderPool } from "../pdf/pdf-render-pool";
import { modelOf, type RenderInput } from "../pdf/render-input";
import { renderReportPdf } from "../pdf/render-report-pdf";
import { spawnSourceWorker } from "../pdf/testing/spawn-source-worker";
import { storedRevision } from "../reports/case-revision";
import type { CaseStore } from "../reports/case-store";
import type { Viewer } from "../reports/mask-for-viewer";
import { shareAccess } from "../reports/share-access";
import { openSqliteCaseStore } from "../reports/sqlite-case-store";
import { sampleNewRun } from "../reports/testing/sample-run";
import { tempDatabase } from "../reports/testing/temp-store";
import { HttpError } from "./http-errors";
import {
  createPdfDownload,
  type PdfDownload,
  type PdfDownloadDeps,
  type ReportSnapshot,
} from "./pdf-download";
import { PdfLimiter } from "./pdf-limiter";

const database = tempDatabase();
let store: CaseStore;
let pool: PdfRenderPool;
before(() => {
  store = openSqliteCaseStore({ file: database.file });
  pool = new PdfRenderPool({
    size: 2,
    maxQueue: 4,
    timeoutMs: 60_000,
    heapMb: 512,
    spawn: spawnSourceWorker,
  });
});
after(async () => {
  await pool.close();
  await store.close();
  database.cleanup();
});

/** What report-pdf-response.ts does with case-links.ts, here straight on a test store. */
async function open(token: string, viewer: Viewer): Promise<ReportSnapshot> {
  const access = shareAccess(await store.resolveShareToken(token), [viewer]);
  if (access.status !== "ok") throw new HttpError("not-found", "This link does not exist.");
  return {
    linkId: access.link.id,
    caseId: access.case.id,
    revision: storedRevision(access.case),
    content: async () => ({
      reportOf: {
        theCase: access.case,
        runs: await store.listRuns(access.case.id),
        siteChecks: await store.listSiteChecks(access.case.id),
        viewer,
      },
    }),
  };
}

/** A pool of one render thread and a queue of `maxQueue`: one more render than that is refused. */
function oneThread(maxQueue: number): PdfRenderPool {
  return new PdfRenderPool({
    size: 1,
    maxQueue,
    timeoutMs: 60_000,
    heapMb: 512,
    spawn: spawnSourceWorker,
  });
}

/** A case with `runs` sample runs, and a report and an owner token for it. */
async function newCase(runs = 1) {
  const created = await store.createCase({ title: "Copier refused by Microsoft 365" });
  for (let i = 0; i < runs; i++) await store.appendRun(created.id, sampleNewRun(`run-${i}`));
  const report = await store.createShareLink(created.id, { kind: "report" });
  const owner = await store.createShareLink(created.id, { kind: "owner" });
  return { caseId: created.id, report: report.token, owner: owner.token };
}

/** The download over the real pool, counting the renders it asks for. */
function download(overrides: Partial<PdfDownloadDeps> = {}): { get: PdfDownload; renders: () => number } {
  let renders = 0;
  const renderer = overrides.renderer ?? pool;
  const get = createPdfDownload({
    open,
    renderer: {
      render: (buildModel) => {
        renders++;
        return renderer.render(buildModel);
      },
    },
    cache: overrides.cache ?? new PdfCache(16 * 1024 * 1024),
    limiter: overrides.limiter ?? new PdfLimiter({ perClient: 1_000, perLink: 1_000 }),
    clientOf: (request) => clientIp(request.headers, parseTrustedProxy(undefined)),
    renderVersion: "test",
  });
  return { get, renders: () => renders };
}

function request(headers: Record<string, string> = {}, client = "203.0.113.7"): Request {
  return new Request("http://localhost/api/report/x/pdf", { headers: { [PEER_HEADER]: client, ...headers } });
}

describe("PDF download: ETag and cache", () => {
  test("a second request with the ETag gets 304 and renders nothing; without it, the cached PDF", async () => {
    const { report } = await newCase();
    const { get, renders } = download();
    const first = await get(request(), report, "report");
    assert.equal(first.status, 200);
    assert.equal((await first.arrayBuffer()).byteLength > 1_000, true);
    const etag = first.headers.get("etag") ?? "";
    assert.match(etag, /^"[\w-]{32}"$/, "a strong ETag");
    assert.equal(first.headers.get("referrer-policy"), "no-referrer", "share headers on the PDF");

    const again = await get(request({ "If-None-Match": etag }), report, "report");
    assert.equal(again.status, 304);
    assert.equal(again.headers.get("etag"), etag);
    assert.equal(await again.text(), "");
    assert.equal(again.headers.get("cache-control"), "no-store", "share headers on the 304 too");
    const cached = await get(request(), report, "report");
    assert.equal(cached.status, 200);
    assert.equal(renders(), 1, "one render for all three");
  });

  test("a new run in the case changes the ETag (and the PDF is rendered again)", async () => {
    const { caseId, report } = await newCase();
    const { get, renders } = download();
    const before = (await get(request(), report, "report")).headers.get("etag") ?? "";
    await store.appendRun(caseId, sampleNewRun("run-added-later"));
    const after = await get(request({ "If-None-Match": before }), report, "report");
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get("etag"), before);
    assert.equal(renders(), 2);
  });

  test("the owner's PDF and the report link's have different ETags", async () => {
    const { report, owner } = await newCase();
    const { get } = download();
    const shared = await get(request(), report, "report");
    const full = await get(request(), owner, "owner");
    assert.equal(shared.status, 200);
    assert.equal(full.status, 200);
    assert.notEqual(shared.headers.get("etag"), full.headers.get("etag"));
  });

  test("concurrent downloads of one revision share one render", async () => {
    const { report } = await newCase();
    const { get, renders } = download();
    const answers = await Promise.all(Array.from({ length: 10 }, () => get(request(), report, "report")));
    assert.deepEqual(new Set(answers.map((answer) => answer.status)), new Set([200]));
    assert.equal(renders(), 1);
  });

  test("an unknown token is a 404 with the share headers, and renders nothing", async () => {
    const { get, renders } = download();
    const answer = await get(request(), "A".repeat(43), "report");
    assert.equal(answer.status, 404);
    assert.equal(answer.headers.get("x-robots-tag"), "noindex");
    assert.equal(renders(), 0);
  });
});

describe("PDF download: limits", () => {
  test("the pool's bounded queue refuses at once with 503 and Retry-After when full", async () => {
    const small = oneThread(1);
    try {
      const cases = await Promise.all([newCase(), newCase(), newCase()]);
      const { get, renders } = download({ renderer: small });
      // Three different cases: nothing to share, so one renders, one waits, the third is refused.
      const answers = await Promise.all(cases.map(({ report }) => get(request(), report, "report")));
      const statuses = answers.map((answer) => answer.status).sort();
      assert.deepEqual(statuses, [200, 200, 503]);
      const busy = answers.find((answer) => answer.status === 503);
      assert.ok(busy);
      assert.ok(Number(busy.headers.get("retry-after")) >= 1, "Retry-After in seconds");
      assert.equal((await busy.json()).error.code, "unavailable");
      assert.equal(renders(), 3, "the third was refused by the pool, not queued");
      assert.deepEqual(small.load(), { running: 0, queued: 0 });
    } finally {
      await small.close();
    }
  });

  test("a pool with no queue refuses a render while its thread is busy", async () => {
    const small = oneThread(0);
    try {
      const { report } = await newCase();
      const model = await (await open(report, "report")).content();
      const first = small.render(() => model);
      await assert.rejects(
        small.render(() => model),
        (error: unknown) => error instanceof PdfBusyError,
      );
      assert.equal(
        Buffer.from(await first)
          .subarray(0, 5)
          .toString(),
        "%PDF-",
      );
    } finally {
      await small.close();
    }
  });

  test("downloads the renderer refuses (503) read no runs: only accepted renders read the case", async () => {
    const small = oneThread(0);
    try {
      const reports = await Promise.all(
        Array.from({ length: 6 }, () => newCase(2).then((made) => made.report)),
      );
      let built = 0;
      const counting: PdfDownloadDeps["open"] = async (token, viewer) => {
        const snapshot = await open(token, viewer);
        return {
          ...snapshot,
          content: async () => {
            built++;
            return snapshot.content();
          },
        };
      };
      const get = createPdfDownload({
        open: counting,
        renderer: small,
        cache: new PdfCache(16 * 1024 * 1024),
        limiter: new PdfLimiter({ perClient: 1_000, perLink: 1_000 }),
        clientOf: () => "203.0.113.9",
        renderVersion: "test",
      });
      const statuses = (await Promise.all(reports.map((token) => get(request(), token, "report")))).map(
        (response) => response.status,
      );
      assert.equal(statuses.filter((status) => status === 200).length, 1);
      assert.equal(statuses.filter((status) => status === 503).length, 5);
      assert.equal(built, 1, "the five refused downloads read no runs");
    } finally {
      await small.close();
    }
  });

  test("per client: over the budget is 429 with Retry-After; another address is unaffected", async () => {
    const { report } = await newCase();
    const { get } = download({ limiter: new PdfLimiter({ perClient: 2, perLink: 1_000 }) });
    for (let i = 0; i < 2; i++)
      assert.equal((await get(request({}, "198.51.100.1"), report, "report")).status, 200);
    const refused = await get(request({}, "198.51.100.1"), report, "report");
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get("retry-after")) > 0);
    assert.equal(refused.headers.get("referrer-policy"), "no-referrer");
    assert.equal((await get(request({}, "198.51.100.2"), report, "report")).status, 200);
  });

  test("per link: many addresses cannot exceed one link's budget; another link is unaffected", async () => {
    const first = await newCase();
    const second = await newCase();
    const { get } = download({ limiter: new PdfLimiter({ perClient: 1_000, perLink: 2 }) });
    assert.equal((await get(request({}, "198.51.100.11"), first.report, "report")).status, 200);
    assert.equal((await get(request({}, "198.51.100.12"), first.report, "report")).status, 200);
    const refused = await get(request({}, "198.51.100.13"), first.report, "report");
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get("retry-after")) > 0);
    assert.equal((await get(request({}, "198.51.100.13"), second.report, "report")).status, 200);
  });
});

describe("PDF rendering and the event loop", () => {
  /** The worst event-loop delay, in ms, while `work` runs. */
  async function worstDelay(work: () => Promise<unknown>): Promise<number> {
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    // The histogram samples on a timer: it must have fired before the work starts and once after
    // it, or a loop blocked from start to end records nothing.
    const timerTurns = () => new Promise((resolve) => setTimeout(resolve, 30));
    histogram.enable();
    await timerTurns();
    await work();
    await timerTurns();
    histogram.disable();
    return histogram.max / 1e6;
  }

  test("stays responsive while the pool renders; rendering on the main thread does not", async () => {
    // As the routes hand them over: the stored case, whose model the render thread builds.
    const contents: RenderInput[] = [];
    for (let i = 0; i < 4; i++)
      contents.push(await (await open((await newCase(3)).report, "report")).content());
    const [one, two] = contents as [RenderInput, RenderInput];
    await Promise.all([pool.render(() => one), pool.render(() => two)]); // both threads up
    await renderReportPdf(modelOf(one)); // main-thread modules loaded

    const onMainThread = await worstDelay(async () => {
      for (const content of contents) await renderReportPdf(modelOf(content));
    });
    const inPool = await worstDelay(() => Promise.all(contents.map((content) => pool.render(() => content))));
    // The control blocks the loop for a whole render at a time; the pool only for messages. The
    // control's floor is five times the histogram's 10 ms resolution, not a render time: renders got
    // faster (about 90 ms each here once the diagnosis stopped compiling wording it does not read),
    // and a floor of 100 ms failed a CI run on a control that was blocking as it should.
    assert.ok(onMainThread > 50, `the control really blocks (${onMainThread.toFixed(0)} ms)`);
    assert.ok(
      inPool < onMainThread / 4,
      `worst delay ${inPool.toFixed(0)} ms in the pool vs ${onMainThread.toFixed(0)} ms on the main thread`,
    );
  });
});
