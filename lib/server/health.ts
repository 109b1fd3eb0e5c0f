import { caseStoreKind, caseStoreProblem } from "./case-store-singleton";
import { redisProblem, sharedRedis } from "./shared-state";

export type HealthAnswer = { status: 200 | 503; body: Record<string, unknown> };

/**
 * Each dependency and whether it can be used. 503 when saved cases cannot be (the instance cannot
 * do its work: a load balancer should stop sending it requests); 200 while Redis is down, since
 * limits then hold in each instance's memory, with `degraded` naming what is missing.
 */
export async function healthAnswer(): Promise<HealthAnswer> {
  const [store, redis] = await Promise.all([caseStoreProblem(), redisProblem()]);
  const dependencies = {
    store: { kind: caseStoreKind(), ok: store === null, ...(store ? { problem: store } : {}) },
    redis:
      sharedRedis() === null
        ? { configured: false }
        : { configured: true, ok: redis === null, ...(redis ? { problem: redis } : {}) },
  };
  if (store !== null) return { status: 503, body: { ok: false, store, dependencies } };
  return { status: 200, body: { ok: true, ...(redis ? { degraded: ["redis"] } : {}), dependencies } };
}

/**
 * Where server.mjs finds `healthAnswer` to answer GET /api/health itself, ahead of the framework:
 * a load balancer's probe then waits only for the event loop, not behind every request Next.js
 * is routing (fifty PDF downloads at once queued it for half a second).
 */
export const HEALTH_HOOK = Symbol.for("smtp-doctor.health");
