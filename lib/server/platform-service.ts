import "server-only";
import { dnsServersFromEnv } from "@/lib/smtp/probe-env";
import {
  type PlatformDetection,
  PlatformDetector,
  type PlatformQuery,
  platformLimitsSchema,
} from "./platform-detector";
import { visitorIp } from "./probe-service";

// One per process, whichever route bundle loads this module first.
const KEY = Symbol.for("smtp-doctor.platform-detector");
function detector(): PlatformDetector {
  const holder = globalThis as unknown as Record<symbol, PlatformDetector | undefined>;
  holder[KEY] ??= new PlatformDetector({
    servers: dnsServersFromEnv(process.env),
    perMinute: platformLimitsSchema.parse(process.env).SMTP_DOCTOR_LIMIT_PLATFORM_PER_MINUTE,
  });
  return holder[KEY];
}

/** The platform for the wizard's step 2, limited per visitor (RateLimitedError → 429). */
export function detectPlatform(query: PlatformQuery, request: Request): Promise<PlatformDetection> {
  return detector().detect(visitorIp(request), query);
}
