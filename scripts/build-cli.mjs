// Bundles the command-line tool (lib/cli/main.ts) into one JavaScript file that plain `node` runs:
// lib/cli/package/smtp-doctor.cjs, the `bin` of the package in lib/cli/package (npm pack there).
// Everything it needs is inside, so the package has no dependencies to install. The file is a small
// loader (scripts/cli-loader.template.cjs) with the program in a comment after it, compiled with
// V8's code cache.
import { createHash } from "node:crypto";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
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

// nodemailer's shared helpers import its HTTP client (http, https and zlib with it) for message
// parts given by URL; the tool's connection never builds such a message, and loading them cost
// every start a few milliseconds and about a megabyte.
const withoutFetch = {
  name: "without-fetch",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/fetch\/index\.js$/ }, (args) =>
      /[\\/]nodemailer[\\/]/.test(args.importer)
        ? { path: "nodemailer-fetch", namespace: "without-fetch" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "without-fetch" }, () => ({
      contents:
        'export default function nmfetch() { throw new Error("fetching message content by URL is not part of the command-line tool"); }',
      loader: "js",
    }));
  },
};

// Each wording pattern carries the real reply it was taken from and where that was seen: test data
// and citations (a sixth of the program) that the tool never reads at run time. The tool's copy of
// the wording tables has them emptied; the patterns, confidences and stages are untouched (an e2e
// test holds the tool's answers on the whole corpus to the source's).
const withoutCitations = {
  name: "without-citations",
  setup(b) {
    b.onLoad({ filter: /lib\/diagnosis\/rules\/[a-z0-9-]+\.wording\.ts$/ }, async (args) => {
      const ts = (await import("typescript")).default;
      const text = readFileSync(args.path, "utf8");
      const file = ts.createSourceFile(args.path, text, ts.ScriptTarget.Latest, true);
      const cuts = [];
      const visit = (node) => {
        if (
          ts.isPropertyAssignment(node) &&
          ts.isIdentifier(node.name) &&
          (node.name.text === "example" || node.name.text === "source")
        ) {
          cuts.push([node.initializer.getStart(file), node.initializer.getEnd()]);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = text;
      for (const [start, end] of cuts.reverse()) out = `${out.slice(0, start)}""${out.slice(end)}`;
      return { contents: out, loader: "ts" };
    });
  },
};

// The program, as one CommonJS bundle in memory; written out inside the loader below.
const bundled = await build({
  entryPoints: [`${root}lib/cli/main.ts`],
  write: false,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  minify: true,
  legalComments: "inline",
  define: { "process.env.SMTP_DOCTOR_CLI_VERSION": JSON.stringify(version) },
  plugins: [englishOnly, withoutFetch, withoutCitations],
  logLevel: "warning",
});
// ASCII only: esbuild leaves non-ASCII letters in regular expressions (授权码…), and one such
// letter makes V8 hold the whole 700 kB program, and the loader around it, as two-byte strings.
// A \uXXXX escape means the same in a string, a template, a regular expression or a comment.
const source = bundled.outputFiles[0].text.replace(
  /[^ -~\t\n\r]/g,
  (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
);
const cacheKey = `${version}-${createHash("sha256").update(source).digest("hex").slice(0, 16)}`;

// The file people run: a small CommonJS loader that compiles the program with V8's code cache, and the
// program itself in a comment after it (see the loader for why).
const program = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
if (program.includes("\x7f"))
  throw new Error("the program holds a DEL byte: its comment escape would be ambiguous");
const loader = `${readFileSync(`${root}scripts/cli-loader.template.cjs`, "utf8").replace(
  "__SMTP_DOCTOR_CACHE_KEY__",
  () => JSON.stringify(cacheKey),
)}\nfunction embeddedProgram() {/*__SMTP_DOCTOR_PROGRAM__\n${program.replaceAll("*/", "*\x7f/")}*/}\n`;
const out = `${root}lib/cli/package/smtp-doctor.cjs`;
writeFileSync(out, loader);
chmodSync(out, 0o755);
