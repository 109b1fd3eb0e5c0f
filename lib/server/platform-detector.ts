import { Resolver } from "node:dns/promises";
import type { Redis } from "ioredis";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { z } from "zod";
import { type MxAnswer, queryMx, TruncatedAnswerError } from "@/lib/network/query-mx";
import { detectProvider } from "@/lib/providers/detect-provider";
import { providerById } from "@/lib/providers/known";
import { consumeOrRefuse } from "./probe-limiter";
import { makeRateLimiter } from "./shared-state";
import { TtlCache } from "./ttl-cache";

export const platformQuerySchema = z.object({
  server: z.string().trim().max(253).default(""),
  sender: z.string().trim().max(320).default(""),
});
export type PlatformQuery = z.infer<typeof platformQuerySchema>;

export type PlatformDetection = {
  providerId: string | null;
  providerName: string | null;
  evidence: string[];
};

export const platformLimitsSchema = z.object({
  SMTP_DOCTOR_LIMIT_PLATFORM_PER_MINUTE: z.coerce.number().int().positive().default(60),
});

export type PlatformDetectorOptions = {
  /** DNS servers ("ip", "ip:port"), in order. */
  servers: string[];
  /** Requests per client per minute (the wizard asks once per pause in typing). */
  perMinute?: number;
  /** Domains whose MX answer is kept. */
  maxEntries?: number;
  now?: () => number;
  /** The shared store for the per-client limit (null or absent: this process's memory). */
  redis?: Redis | null;
};

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const DNS_TIMEOUT_MS = 3_000;
// A zone's TTL decides, within bounds: a TTL of 0 must not make us query on every keystroke, and
// a changed MX should show within the hour.
const MIN_TTL_SECONDS = 30;
const MAX_TTL_SECONDS = 3_600;
const FALLBACK_TTL_SECONDS = 60;

/**
 * Which platform the device's server name and the sender domain's MX point to, with the evidence.
 * Every request counts against its client, and MX answers are cached by their TTL, so the
 * endpoint cannot be used to send DNS queries for any domain at the caller's pace.
 */
export class PlatformDetector {
  private readonly perClient: RateLimiterAbstract;
  private readonly cache: TtlCache<string[]>;

  constructor(private readonly options: PlatformDetectorOptions) {
    this.perClient = makeRateLimiter(
      { keyPrefix: "platform:client", points: options.perMinute ?? 60, duration: 60 },
      options.redis ?? null,
    );
    this.cache = new TtlCache({
      maxEntries: options.maxEntries ?? 1_000,
      minSeconds: MIN_TTL_SECONDS,
      maxSeconds: MAX_TTL_SECONDS,
      now: options.now ?? Date.now,
    });
  }

  /** Throws RateLimitedError (→ 429) when `client` asked too often. */
  async detect(client: string | null, query: PlatformQuery): Promise<PlatformDetection> {
    await consumeOrRefuse(
      this.perClient,
      client ?? "unknown",
      "Too many platform lookups from your address.",
    );
    const domain = (query.sender.split("@").pop() ?? "").toLowerCase().replace(/\.$/, "");
    const senderMx = DOMAIN.test(domain) ? await this.senderMx(domain) : [];
    return describeDetection(query, domain, senderMx);
  }

  private senderMx(domain: string): Promise<string[]> {
    return this.cache
      .get(domain, async () => {
        const answer = await this.lookup(domain);
        return { value: answer.mx.map((m) => m.exchange), ttlSeconds: answer.ttlSeconds };
      })
      .catch(() => []);
  }

  private async lookup(domain: string): Promise<MxAnswer> {
    try {
      return await queryMx(domain, this.options.servers, DNS_TIMEOUT_MS);
    } catch (error) {
      if (!(error instanceof TruncatedAnswerError)) throw error;
      // Too big for UDP: Node's resolver retries over TCP, without telling the TTL.
      const resolver = new Resolver({ timeout: DNS_TIMEOUT_MS, tries: 1 });
      resolver.setServers(this.options.servers);
      const mx = await resolver.resolveMx(domain);
      return {
        mx: mx.sort((a, b) => a.priority - b.priority),
        ttlSeconds: FALLBACK_TTL_SECONDS,
      };
    }
  }
}

function describeDetection(query: PlatformQuery, domain: string, senderMx: string[]): PlatformDetection {
  const host = DOMAIN.test(query.server) ? query.server : null;
  const detected = detectProvider({ host, senderMx });
  if (!detected || detected.id === "generic") {
    return {
      providerId: null,
      providerName: null,
      evidence: senderMx.length
        ? [`${domain} receives mail at ${senderMx[0]}, which is not a platform we recognise`]
        : [],
    };
  }
  const name = providerById(detected.id).name;
  const evidence =
    detected.via === "host"
      ? [`The server name ${detected.clue} belongs to ${name}.`]
      : [`${domain} receives its mail at ${detected.clue}: the domain is hosted by ${name}.`];
  if (detected.via === "host" && senderMx[0]) evidence.push(`${domain} receives its mail at ${senderMx[0]}.`);
  return { providerId: detected.id, providerName: name, evidence };
}
