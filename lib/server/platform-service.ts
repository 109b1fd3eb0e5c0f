import "server-only";
import { dnsServersFromEnv } from "@/lib/smtp/probe-env";
import {
  type PlatformDetection,
  PlatformDetector,
  type PlatformQuery,
  platformLimitsSchema,
} from "./platform-detector";
import { visitorIp } from "./probe-service";
import { processSingleton } from "./process-singleton";
import { sharedRedis } from "./shared-state";

function detector(): PlatformDetector {
  return processSingleton(
    "platform-detector",
    () =>
      new PlatformDetector({
        servers: dnsServersFromEnv(process.env),
        perMinute: platformLimitsSchema.parse(process.env).SMTP_DOCTOR_LIMIT_PLATFORM_PER_MINUTE,
        redis: sharedRedis(),
      }),
  );
}

/** The platform for the wizard's step 2, limited per visitor (RateLimitedError → 429). */
export function detectPlatform(query: PlatformQuery, request: Request): Promise<PlatformDetection> {
  return detector().detect(visitorIp(request), query);
}
