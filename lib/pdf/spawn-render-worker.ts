import { Worker } from "node:worker_threads";
import type { SpawnRenderWorker } from "./pdf-render-pool";

/**
 * Starts a render thread of the built app. The literal `new Worker(new URL("./….ts",
 * import.meta.url))` is the form Turbopack recognises: `next build` bundles the worker file as
 * an entry of its own (PDFKit kept external: it reads its font metrics from its own package
 * directory, see serverExternalPackages in next.config.ts) and rewrites the URL to that output, so `next start`/server.mjs finds it
 * at run time. Run from TypeScript source (tsx) the file is plain .ts, which a worker cannot load:
 * tests and the bench use lib/pdf/testing/spawn-source-worker.ts instead.
 */
export const spawnRenderWorker: SpawnRenderWorker = ({ resourceLimits }) =>
  new Worker(new URL("./render-pdf-worker.ts", import.meta.url), { resourceLimits });
