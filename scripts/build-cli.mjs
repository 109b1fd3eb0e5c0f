// Bundles the command-line tool (lib/cli/main.ts) into one JavaScript file that plain `node` runs:
// lib/cli/package/smtp-doctor.mjs, the `bin` of the package in lib/cli/package (npm pack there).
// Everything it needs is inside, so the package has no dependencies to install.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}lib/cli/package/package.json`, "utf8"));

// zod's classic build re-exports every locale's messages (about a quarter of a megabyte the tool
// would compile on every start); the tool's messages are English.
const englishOnly = {
  name: "english-only",
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => ({
      path: args.path,
      namespace: "english-only",
      pluginData: { resolveDir: path.resolve(args.resolveDir, path.dirname(args.path)) },
    }));
    b.onLoad({ filter: /.*/, namespace: "english-only" }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: args.pluginData.resolveDir,
    }));
  },
};

await build({
  entryPoints: [`${root}lib/cli/main.ts`],
  outfile: `${root}lib/cli/package/smtp-doctor.mjs`,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: true,
  legalComments: "inline",
  // Bundled CommonJS (nodemailer) calls require() for Node's own modules.
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __smtpDoctorRequire } from "node:module";\nconst require = __smtpDoctorRequire(import.meta.url);',
  },
  define: { "process.env.SMTP_DOCTOR_CLI_VERSION": JSON.stringify(version) },
  plugins: [englishOnly],
  logLevel: "warning",
});
