import { caseStoreKind, caseStoreProblem } from "@/lib/server/case-store-singleton";
import { jsonResponse } from "@/lib/server/http-errors";
import { redisProblem, sharedRedis } from "@/lib/server/shared-state";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Each dependency and whether it can be used. 503 when saved cases cannot be (the instance cannot
 * do its work: a load balancer should stop sending it requests); 200 while Redis is down, since
 * limits then hold in each instance's memory, with `degraded` naming what is missing.
 */
export async function GET(): Promise<Response> {
  const [store, redis] = await Promise.all([caseStoreProblem(), redisProblem()]);
  const dependencies = {
    store: { kind: caseStoreKind(), ok: store === null, ...(store ? { problem: store } : {}) },
    redis:
      sharedRedis() === null
        ? { configured: false }
        : { configured: true, ok: redis === null, ...(redis ? { problem: redis } : {}) },
  };
  if (store !== null) return jsonResponse({ ok: false, store, dependencies }, 503);
  return jsonResponse({ ok: true, ...(redis ? { degraded: ["redis"] } : {}), dependencies });
}
