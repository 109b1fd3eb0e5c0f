import type { StageEvent } from "./probe-schema";
import type { TargetPolicy } from "./target-policy";

/** Named short timeouts; nodemailer's defaults (minutes) are far too long for a web request. */
export type ProbeTimeouts = {
  dnsMs: number;
  connectMs: number;
  greetingMs: number;
  commandMs: number;
  /** One hard deadline for the whole run; the connection is closed when it passes. */
  runMs: number;
};

/** Caps against hostile servers: a dripping or endless reply must not hold memory or time. */
export type ProbeCaps = {
  maxLineBytes: number;
  maxLinesPerReply: number;
  maxReplyBytes: number;
  maxSessionBytes: number;
};

export const DEFAULT_TIMEOUTS: ProbeTimeouts = {
  dnsMs: 5_000,
  connectMs: 10_000,
  greetingMs: 15_000,
  commandMs: 15_000,
  runMs: 60_000,
};

export const DEFAULT_CAPS: ProbeCaps = {
  maxLineBytes: 4_096,
  maxLinesPerReply: 200,
  maxReplyBytes: 64 * 1024,
  maxSessionBytes: 1024 * 1024,
};

/** The DNS lookups the probe needs; `dns.promises.Resolver` satisfies it. */
export type ProbeResolver = {
  resolve4(hostname: string): Promise<string[]>;
  resolve6(hostname: string): Promise<string[]>;
  resolveMx(hostname: string): Promise<{ exchange: string; priority: number }[]>;
};

export type ProbeOptions = {
  policy: TargetPolicy;
  timeouts?: Partial<ProbeTimeouts>;
  caps?: Partial<ProbeCaps>;
  /** Resolver to use; default is a `dns.promises.Resolver` on the system's servers. */
  resolver?: ProbeResolver;
  /** Extra trusted root certificates (PEM), e.g. an internal relay's private CA, or test fixtures. */
  trustedCa?: string[];
  /** EHLO name when the input gives none. */
  defaultEhloName?: string;
  signal?: AbortSignal;
  onEvent?: (event: StageEvent) => void;
};
