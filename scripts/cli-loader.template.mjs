#!/usr/bin/env node
// SMTP Doctor's command-line tool, bundled by scripts/build-cli.mjs. The program is the string
// below (one CommonJS bundle); this loader compiles it with V8's code cache, kept per version
// under the user's cache folder (as Node 22 does for its own compile cache), so a run after the
// first skips compiling most of it: about 50 ms of every start. No cache folder, a stale or
// damaged cache: the program is compiled as usual and nothing else changes.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const SOURCE = __SMTP_DOCTOR_SOURCE__;
const CACHE_KEY = __SMTP_DOCTOR_CACHE_KEY__;

const filename = fileURLToPath(import.meta.url);

function cacheFile() {
  if (process.env.SMTP_DOCTOR_NO_CODE_CACHE) return null;
  const base = process.env.XDG_CACHE_HOME || path.join(homedir(), ".cache");
  // One cache per command: each holds the functions its own runs compile (a cache made by
  // --version would hold almost none of what a probe needs, and a cache V8 accepts is kept).
  const command = /^[a-z][a-z-]{0,19}$/.test(process.argv[2] ?? "") ? process.argv[2] : "other";
  return path.join(base, "smtp-doctor", `${CACHE_KEY}-${process.version}-${process.arch}-${command}.v8`);
}

/** Our own earlier cache only: a file another user could have written is not loaded. */
function readCache(file) {
  try {
    const stat = statSync(file);
    if (typeof process.getuid === "function" && stat.uid !== process.getuid()) return undefined;
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCache(file, data) {
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, data, { mode: 0o600 });
    renameSync(partial, file);
  } catch {}
}

const file = cacheFile();
const cachedData = file ? readCache(file) : undefined;
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${SOURCE}\n})`, {
  filename: `${filename}#program`,
  cachedData,
});
if (file && (cachedData === undefined || script.cachedDataRejected)) {
  // Made at exit: the cache then holds the functions this run compiled too.
  process.once("exit", () => writeCache(file, script.createCachedData()));
}
const module = { exports: {} };
script.runInThisContext()(
  module.exports,
  createRequire(import.meta.url),
  module,
  filename,
  path.dirname(filename),
);
