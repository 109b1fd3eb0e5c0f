import { Worker } from "node:worker_threads";
import type { SpawnRenderWorker } from "../pdf-render-pool";

/** The render thread from TypeScript source, for tests and the bench (the app uses spawn-render-worker.ts). */
export const spawnSourceWorker: SpawnRenderWorker = ({ resourceLimits }) =>
  new Worker(new URL("./tsx-worker.mjs", import.meta.url), {
    resourceLimits,
    workerData: { entry: new URL("../render-pdf-worker.ts", import.meta.url).href },
  });
