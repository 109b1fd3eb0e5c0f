import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { StageName } from "../../smtp/probe-schema";

/** One labelled real reply from lib/diagnosis/testdata/*.jsonl. */
export type CorpusCase = {
  id: string;
  provider: string;
  stage: StageName | null;
  reply: string;
  cause: string;
  source: string;
  batch?: number;
  /** The file it came from (dev-cases, extra-cases, corpus-…). */
  file: string;
};

export const TESTDATA_DIR = fileURLToPath(new URL("../testdata/", import.meta.url));

/** Every case in every testdata/*.jsonl file, in file order. */
export function loadCorpus(dir: string = TESTDATA_DIR): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(".jsonl"))
    .sort()) {
    const file = name.replace(/\.jsonl$/, "");
    const lines = readFileSync(join(dir, name), "utf8").split("\n");
    for (const [i, line] of lines.entries()) {
      if (!line.trim()) continue;
      try {
        cases.push({ ...(JSON.parse(line) as Omit<CorpusCase, "file">), file });
      } catch (err) {
        throw new Error(`${name}:${i + 1}: ${(err as Error).message}`);
      }
    }
  }
  return cases;
}

const URL_IN_TEXT = /https?:\/\/[^\s,;)"'<>\]]+/gi;
const CODE_INDEX_ID = /\bcode index id (\d{5,})/gi;
const REPOSITORY_ROOT = /^github\.com\/[^/]+\/[^/]+$/;

/** A URL reduced to the page it names: no scheme, query, fragment, "www." or trailing slash. */
function pageKey(url: string): string {
  return (
    url
      .toLowerCase()
      .replace(/^https?:\/\/(?:www\.)?/, "")
      .replace(/[#?].*$/, "")
      .replace(/[.)\]]+$/, "")
      .replace(/\/+$/, "")
      .replace(/^(github\.com\/[^/]+\/[^/]+\/(?:issues|pull|discussions)\/\d+).*$/, "$1")
      // One file at any commit or branch is one source: "blob/<commit>/path" and "blob/HEAD/path".
      .replace(/^(github\.com\/[^/]+\/[^/]+)\/(?:blob|tree|raw)\/[^/]+\//, "$1/blob/*/")
  );
}

/**
 * A citation head in the "owner/repo path/to/file" form names the same file as its GitHub address:
 * keyed alike, so that a file cited both ways stays in one source group.
 */
function fileKey(head: string): string {
  const m = /^([\w.-]+\/[\w.-]+) ([\w./-]+\.[\w]+)$/.exec(head);
  return m ? `github.com/${m[1]}/blob/*/${m[2]}` : head;
}

/**
 * The sources a citation names, as comparable keys: every URL's page, and for a citation without
 * one ("owner/repo path/to/file (note)") its head before any parenthesis or semicolon. Two cases
 * (or a case and a pattern) that share a key came from the same thread, page or file.
 */
export function sourceKeys(source: string): string[] {
  const keys = new Set<string>();
  // A file of the code index, however it is cited: "code index id N" in a note or in brackets.
  const indexed = [...source.matchAll(CODE_INDEX_ID)].map((m) => `code index id ${m[1]}`);
  for (const key of indexed) keys.add(key);
  for (const m of source.matchAll(URL_IN_TEXT)) {
    const key = pageKey(m[0]);
    // A repository's front page beside a code index id names the collection the file is in (the
    // Ubuntu Forums archive holds thousands of threads), not the source: the id is the source.
    if (indexed.length > 0 && REPOSITORY_ROOT.test(key)) continue;
    keys.add(key);
  }
  for (const part of source.split(/\s*;\s*/)) {
    if (URL_IN_TEXT.test(part)) {
      URL_IN_TEXT.lastIndex = 0;
      continue;
    }
    URL_IN_TEXT.lastIndex = 0;
    const head = part.replace(/\(.*$/, "").replace(/\s+/g, " ").trim().toLowerCase();
    if (head.length >= 5) keys.add(fileKey(head));
  }
  return [...keys];
}

/**
 * Groups cases by source: cases that share any source key are in one group (union-find), so a
 * whole thread, page or file, and anything cited together with it, lands in one fold.
 */
export function groupBySource(cases: readonly CorpusCase[]): CorpusCase[][] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(k, root);
    return root;
  };
  const keysOf = cases.map((c) => {
    const keys = sourceKeys(c.source);
    return keys.length > 0 ? keys : [`case:${c.file}:${c.id}`];
  });
  for (const keys of keysOf) {
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    const first = keys[0] as string;
    for (const k of keys.slice(1)) parent.set(find(k), find(first));
  }
  const groups = new Map<string, CorpusCase[]>();
  cases.forEach((c, i) => {
    const root = find((keysOf[i] as string[])[0] as string);
    const group = groups.get(root) ?? [];
    group.push(c);
    groups.set(root, group);
  });
  return [...groups.values()];
}

/** A stable 32-bit hash (FNV-1a), so fold assignment does not change between runs. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Source groups dealt into k folds of similar size: largest groups first, each to the smallest fold. */
export function foldsBySource(cases: readonly CorpusCase[], k: number): CorpusCase[][] {
  const groups = groupBySource(cases).sort(
    (a, b) => b.length - a.length || hash(a[0]?.id ?? "") - hash(b[0]?.id ?? ""),
  );
  const folds: CorpusCase[][] = Array.from({ length: k }, () => []);
  for (const group of groups) {
    const smallest = folds.reduce((min, f) => (f.length < min.length ? f : min));
    smallest.push(...group);
  }
  return folds;
}

/**
 * One fold per batch file: each batch judged without the phrasings its own sources show, as if it
 * were collected next. Knowledge is withheld by source key, not by reply, so a source that another
 * batch also cites (Exim's FAQ in batches 71 and 74) is withheld with the batch held out. Batches
 * were collected by theme, so this is the estimate for replies of a new kind.
 */
export function foldsByBatch(cases: readonly CorpusCase[]): CorpusCase[][] {
  const folds = new Map<string, CorpusCase[]>();
  for (const c of cases) {
    const fold = folds.get(c.file) ?? [];
    fold.push(c);
    folds.set(c.file, fold);
  }
  return [...folds.values()];
}
