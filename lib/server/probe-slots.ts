import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import ipaddr from "ipaddr.js";
import { canonicalAddress } from "@/lib/smtp/canonical-target";
import { redisReady } from "./shared-state";

export type SlotLimits = {
  perClient: number;
  /** Per IPv4 /24 or IPv6 /56: one site, one customer of a hosting provider. */
  perNetwork: number;
  /** Per target (each of its keys: address and port, name and port). */
  perTarget: number;
  total: number;
  /** Of `total`, slots only a client whose network holds nothing may take. */
  reserve: number;
};

/** A slot (free it with `release`, once the probe ended) or the reason there is none. */
export type SlotGrant = { release: () => void } | { refused: string };

/**
 * The network a client belongs to for fair sharing: its /24 (IPv4, mapped IPv6 included) or /56
 * (IPv6: the smallest prefix sites are usually given). A value that is not an address (the shared
 * "unknown" bucket) is its own network.
 */
export function networkOf(client: string): string {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(canonicalAddress(client));
  } catch {
    return client;
  }
  if (parsed.kind() === "ipv4") {
    const [a, b, c] = parsed.toByteArray();
    return `${a}.${b}.${c}.0/24`;
  }
  const bytes = parsed.toByteArray().map((byte, i) => (i < 7 ? byte : 0));
  return `${ipaddr.fromByteArray(bytes).toString()}/56`;
}

/**
 * Concurrent probe slots, shared fairly: a client, its network and a target may each hold only
 * part of them, and the last `reserve` slots go only to clients whose network holds none, so a
 * few addresses holding slow probes cannot make the service busy for everyone else.
 */
export class ProbeSlots {
  private readonly clients = new Map<string, number>();
  private readonly networks = new Map<string, number>();
  private readonly targets = new Map<string, number>();
  private total = 0;

  constructor(private readonly limits: SlotLimits) {}

  /** Takes a slot for `client` (null: the shared unknown bucket). */
  takeClient(client: string | null): SlotGrant {
    const who = client === null ? "unknown" : canonicalAddress(client);
    const network = networkOf(who);
    const { perClient, perNetwork, total, reserve } = this.limits;
    if (count(this.clients, who) >= perClient) {
      return { refused: "A test from your address is still running. Wait for it to finish." };
    }
    if (count(this.networks, network) >= perNetwork) {
      return { refused: "Too many tests from your network are running. Wait for one to finish." };
    }
    const holding = count(this.networks, network) > 0;
    if (this.total >= total || (holding && this.total >= total - reserve)) {
      return { refused: "SMTP Doctor is busy. Please try again in a moment." };
    }
    add(this.clients, who, 1);
    add(this.networks, network, 1);
    this.total += 1;
    return {
      release: once(() => {
        add(this.clients, who, -1);
        add(this.networks, network, -1);
        this.total -= 1;
      }),
    };
  }

  /** Takes a slot on every key of one target, or none of them. */
  takeTarget(keys: string[]): SlotGrant {
    if (keys.some((key) => count(this.targets, key) >= this.limits.perTarget)) {
      return {
        refused: "Too many tests are running against this server right now. Please try again in a moment.",
      };
    }
    for (const key of keys) add(this.targets, key, 1);
    return {
      release: once(() => {
        for (const key of keys) add(this.targets, key, -1);
      }),
    };
  }

  /** Slots held now (for tests and the benchmark). */
  get held(): number {
    return this.total;
  }
}

function count(map: Map<string, number>, key: string): number {
  return map.get(key) ?? 0;
}

/** Adds to a count, deleting it at zero so the maps only hold what is running. */
function add(map: Map<string, number>, key: string, delta: number): void {
  const next = count(map, key) + delta;
  if (next > 0) map.set(key, next);
  else map.delete(key);
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

/** Slots wherever they are kept: this process's memory, or Redis shared by every app instance. */
export type SlotPool = {
  takeClient(client: string | null): Promise<SlotGrant>;
  takeTarget(keys: string[]): Promise<SlotGrant>;
};

/** The pool the configuration asks for: Redis when there is a client for it, else memory. */
export function slotPool(redis: Redis | null, limits: SlotLimits): SlotPool {
  if (redis === null) {
    const slots = new ProbeSlots(limits);
    return {
      takeClient: async (client) => slots.takeClient(client),
      takeTarget: async (keys) => slots.takeTarget(keys),
    };
  }
  // While Redis cannot be reached, this process's own slots keep the limits (per instance).
  const shared = new RedisSlotPool(redis, limits);
  const insurance = new ProbeSlots(limits);
  return {
    takeClient: (client) => shared.takeClient(client).catch(() => insurance.takeClient(client)),
    takeTarget: (keys) => shared.takeTarget(keys).catch(() => insurance.takeTarget(keys)),
  };
}

const CLIENT_REFUSALS: Record<number, string> = {
  1: "A test from your address is still running. Wait for it to finish.",
  2: "Too many tests from your network are running. Wait for one to finish.",
  3: "SMTP Doctor is busy. Please try again in a moment.",
};
const TARGET_REFUSAL =
  "Too many tests are running against this server right now. Please try again in a moment.";

/**
 * A lease outlives any probe (its budgets end it within minutes); it only matters when an
 * instance dies holding slots: they come free by themselves instead of blocking a client forever.
 */
export const SLOT_LEASE_MS = 10 * 60 * 1000;

// Each count is a sorted set of leases scored by expiry; expired ones are dropped before counting.
// Redis's own clock decides expiry, so instances with skewed clocks agree.
const TAKE_CLIENT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for i = 1, 3 do redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now) end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 1 end
local network = redis.call('ZCARD', KEYS[2])
if network >= tonumber(ARGV[3]) then return 2 end
local total = redis.call('ZCARD', KEYS[3])
local limit = tonumber(ARGV[4])
if total >= limit or (network > 0 and total >= limit - tonumber(ARGV[5])) then return 3 end
for i = 1, 3 do
  redis.call('ZADD', KEYS[i], now + tonumber(ARGV[6]), ARGV[1])
  redis.call('PEXPIRE', KEYS[i], tonumber(ARGV[6]))
end
return 0`;

const TAKE_TARGET = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for i = 1, #KEYS do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now)
  if redis.call('ZCARD', KEYS[i]) >= tonumber(ARGV[2]) then return 1 end
end
for i = 1, #KEYS do
  redis.call('ZADD', KEYS[i], now + tonumber(ARGV[3]), ARGV[1])
  redis.call('PEXPIRE', KEYS[i], tonumber(ARGV[3]))
end
return 0`;

/**
 * The same fair sharing as ProbeSlots, counted in Redis with one atomic script per take, so the
 * limits hold across every app instance: a client cannot get twice its share by alternating.
 */
export class RedisSlotPool implements SlotPool {
  constructor(
    private readonly redis: Redis,
    private readonly limits: SlotLimits,
    private readonly options: { prefix?: string; leaseMs?: number } = {},
  ) {}

  private get prefix(): string {
    return this.options.prefix ?? "sd:slots";
  }

  private get leaseMs(): number {
    return this.options.leaseMs ?? SLOT_LEASE_MS;
  }

  async takeClient(client: string | null): Promise<SlotGrant> {
    const who = client === null ? "unknown" : canonicalAddress(client);
    const keys = [
      `${this.prefix}:client:${who}`,
      `${this.prefix}:network:${networkOf(who)}`,
      `${this.prefix}:total`,
    ];
    const lease = randomUUID();
    const { perClient, perNetwork, total, reserve } = this.limits;
    await redisReady(this.redis);
    const answer = Number(
      await this.redis.eval(
        TAKE_CLIENT,
        keys.length,
        ...keys,
        lease,
        perClient,
        perNetwork,
        total,
        reserve,
        SLOT_LEASE_MS,
      ),
    );
    if (answer !== 0) return { refused: CLIENT_REFUSALS[answer] ?? CLIENT_REFUSALS[3] ?? "" };
    return { release: this.releaser(keys, lease) };
  }

  async takeTarget(targetKeys: string[]): Promise<SlotGrant> {
    const keys = targetKeys.map((key) => `${this.prefix}:target:${key}`);
    const lease = randomUUID();
    await redisReady(this.redis);
    const answer = Number(
      await this.redis.eval(TAKE_TARGET, keys.length, ...keys, lease, this.limits.perTarget, this.leaseMs),
    );
    if (answer !== 0) return { refused: TARGET_REFUSAL };
    return { release: this.releaser(keys, lease) };
  }

  private releaser(keys: string[], lease: string): () => void {
    return once(() => {
      const pipeline = this.redis.multi();
      for (const key of keys) pipeline.zrem(key, lease);
      // A release that cannot reach Redis is not lost for long: the lease expires by itself.
      pipeline.exec().catch((error: Error) => console.error(`[slots] release failed: ${error.message}`));
    });
  }
}
