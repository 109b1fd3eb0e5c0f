#!/usr/bin/env node
// SMTP Doctor's command-line tool, bundled by scripts/build-cli.mjs. The program (one CommonJS
// bundle) is the comment at the end of this file; this loader reads it from there and compiles it
// with V8's code cache, kept per version under the user's cache folder (as Node 22 does for its own
// compile cache), so a run after the first skips compiling most of it: about 50 ms of every start.
// No cache folder, a stale or damaged cache: the program is compiled as usual and nothing else
// changes. The loader is CommonJS, not an ES module: Node starts an ES module entry through its
// module loader, about 8 ms more on every run.
const {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} = require("node:fs");
const { homedir } = require("node:os");
const path = require("node:path");
const { Script } = require("node:vm");

const CACHE_KEY = __SMTP_DOCTOR_CACHE_KEY__;

const filename = __filename;

/**
 * The program, read from the comment that is the body of `embeddedProgram` at the end of this
 * file. As a string literal it cost every start about 5 ms more: V8 reads a comment far faster than
 * a string when it parses the module. The function's source text is that comment, already in
 * memory (Node read this file to run it), so it is not read from disk a second time. The build
 * writes every "*\/" in the program as "*\x7f/" (it holds no other byte outside printable ASCII, tab
 * and line ends), and the program is already wrapped as a CommonJS function.
 */
function programSource() {
  const text = embeddedProgram.toString();
  const start = text.indexOf(PROGRAM_MARK);
  const end = text.lastIndexOf("*/");
  if (start === -1 || end < start) throw new Error(`${filename}: the program is missing from the file`);
  return text.slice(start + PROGRAM_MARK.length, end).replaceAll("*\x7f/", "*/");
}
const PROGRAM_MARK = "/*__SMTP_DOCTOR_PROGRAM__\n";

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

/**
 * Caches of this command made by other builds of the tool (each about a megabyte): the two most
 * recently used are kept, for someone who runs two versions in turn; older ones go.
 */
function pruneStale(file) {
  try {
    const dir = path.dirname(file);
    const mine = path.basename(file);
    // Same node, architecture and command; another node's caches are left alone.
    const suffix = mine.slice(CACHE_KEY.length);
    const others = [];
    for (const name of readdirSync(dir)) {
      if (name === mine || !name.endsWith(suffix) || !/^[\w.]+-[0-9a-f]{16}-v/.test(name)) continue;
      const stat = statSync(path.join(dir, name));
      if (typeof process.getuid !== "function" || stat.uid === process.getuid())
        others.push([name, stat.mtimeMs]);
    }
    others.sort((a, b) => b[1] - a[1]);
    for (const [name] of others.slice(KEEP_OTHER_BUILDS)) unlinkSync(path.join(dir, name));
  } catch {}
}
const KEEP_OTHER_BUILDS = 2;

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
const script = new Script(programSource(), { filename: `${filename}#program`, cachedData });
if (file && (cachedData === undefined || script.cachedDataRejected)) {
  // Made at exit: the cache then holds the functions this run compiled too.
  process.once("exit", () => {
    writeCache(file, script.createCachedData());
    pruneStale(file);
  });
}
const program = { exports: {} };
script.runInThisContext()(program.exports, require, program, filename, path.dirname(filename));
