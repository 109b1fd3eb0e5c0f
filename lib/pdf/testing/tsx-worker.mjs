// A worker thread that runs a TypeScript entry from source: the tsx loader the main thread was
// started with is not applied inside workers, so it is registered here before the entry loads.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
