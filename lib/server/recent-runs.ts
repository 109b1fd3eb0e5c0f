import "server-only";
import type { DiagnosisContextInput } from "@/lib/diagnosis/diagnosis-context";
import type { SiteNetworkReport } from "@/lib/network/site-network-schema";
import type { ProbeResult } from "@/lib/smtp/probe-schema";

/**
 * Runs this server really made, kept for a while so a case can be saved from them. A case only
 * ever holds runs from here — never a result a browser sent back — so a report is proof of what
 * the server said, not of what someone typed.
 */
export type RecentRun = {
  result: ProbeResult;
  diagnosis: unknown;
  /** What the wizard said about the device and site, so a later site check can re-diagnose. */
  context: DiagnosisContextInput;
  visitorIp: string | null;
  /** The latest check of the site's network made for this run, if any. */
  siteNetwork: SiteNetworkReport | null;
  finishedAt: number;
};

const TTL_MS = 2 * 60 * 60 * 1000;
const MAX_RUNS = 2_000;
const KEY = Symbol.for("smtp-doctor.recent-runs");

function runs(): Map<string, RecentRun> {
  const holder = globalThis as unknown as Record<symbol, Map<string, RecentRun> | undefined>;
  holder[KEY] ??= new Map();
  return holder[KEY];
}

export function rememberRun(run: Omit<RecentRun, "finishedAt">): void {
  const map = runs();
  const now = Date.now();
  for (const [id, entry] of map) {
    // Oldest first (insertion order): stop at the first one still fresh once there is room.
    if (now - entry.finishedAt <= TTL_MS && map.size < MAX_RUNS) break;
    map.delete(id);
  }
  map.set(run.result.runId, { ...run, finishedAt: now });
}

export function recallRun(runId: string): RecentRun | null {
  const entry = runs().get(runId);
  if (!entry || Date.now() - entry.finishedAt > TTL_MS) return null;
  return entry;
}
