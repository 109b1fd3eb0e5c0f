import "server-only";
import type { Redis } from "ioredis";
import type { DiagnosisContextInput } from "@/lib/diagnosis/diagnosis-context";
import type { SiteNetworkReport } from "@/lib/network/site-network-schema";
import type { ProbeResult } from "@/lib/smtp/probe-schema";
import { processSingleton } from "./process-singleton";
import { redisReady, sharedRedis } from "./shared-state";

/**
 * Runs this server really made, kept for a while so a case can be saved from them. A case only
 * ever holds runs from here — never a result a browser sent back — so a report is proof of what
 * the server said, not of what someone typed. With REDIS_URL set they are kept in Redis, so a
 * probe made on one app instance can be saved from another; else in this process's memory.
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

type RecentRunStore = {
  remember(run: RecentRun): Promise<void>;
  recall(runId: string): Promise<RecentRun | null>;
};

function memoryStore(): RecentRunStore {
  const map = new Map<string, RecentRun>();
  return {
    async remember(run) {
      const now = Date.now();
      for (const [id, entry] of map) {
        // Oldest first (insertion order): stop at the first one still fresh once there is room.
        if (now - entry.finishedAt <= TTL_MS && map.size < MAX_RUNS) break;
        map.delete(id);
      }
      map.delete(run.result.runId); // re-inserted last: a run updated with a network check is fresh
      map.set(run.result.runId, run);
    },
    async recall(runId) {
      const entry = map.get(runId);
      return entry && Date.now() - entry.finishedAt <= TTL_MS ? entry : null;
    },
  };
}

/** Redis keeps each run for the same two hours (its own TTL); run ids are random, never guessable. */
function redisStore(redis: Redis): RecentRunStore {
  const key = (runId: string) => `sd:recent-run:${runId}`;
  return {
    async remember(run) {
      const left = TTL_MS - (Date.now() - run.finishedAt);
      await redisReady(redis);
      if (left > 0) await redis.set(key(run.result.runId), JSON.stringify(run), "PX", left);
    },
    async recall(runId) {
      await redisReady(redis);
      const stored = await redis.get(key(runId));
      return stored === null ? null : (JSON.parse(stored) as RecentRun);
    },
  };
}

function store(): RecentRunStore {
  return processSingleton("recent-runs", () => {
    const redis = sharedRedis();
    return redis === null ? memoryStore() : redisStore(redis);
  });
}

/** Keeps a run for two hours from now (again from now when a network check updates it). */
export async function rememberRun(run: Omit<RecentRun, "finishedAt">): Promise<void> {
  await store().remember({ ...run, finishedAt: Date.now() });
}

export async function recallRun(runId: string): Promise<RecentRun | null> {
  return store().recall(runId);
}
