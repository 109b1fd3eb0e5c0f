import ipaddr from "ipaddr.js";
import { canonicalAddress } from "@/lib/smtp/canonical-target";

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
