import { runSink } from "./run-sink";

// The capture sink's process (bundled to lib/sink/dist/sink-main.mjs; server.mjs starts it).
const stop = await runSink().catch((error: unknown) => {
  console.error(`device capture not started: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
if (stop === null) process.exit(0);
const shutdown = () => {
  void stop?.().finally(() => process.exit(0));
};
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
// Started by server.mjs with an IPC channel: when the app's process ends, however it ended, so does this one.
if (process.connected) process.once("disconnect", shutdown);
