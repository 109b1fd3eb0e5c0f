// Bundles the device capture sink's process (lib/sink/sink-main.ts) for plain node:
// lib/sink/dist/sink-main.mjs, started by server.mjs. Packages stay in node_modules (the store's
// native SQLite driver among them); only our own TypeScript is bundled.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
await build({
  entryPoints: [`${root}lib/sink/sink-main.ts`],
  outfile: `${root}lib/sink/dist/sink-main.mjs`,
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
});
