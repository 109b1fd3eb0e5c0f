import type { StageEvent } from "./probe-schema";
import type { TargetPolicy } from "./target-policy";

/**
 * Named short timeouts; nodemailer's defaults (minutes) are far too long for a web request. The
 * greeting and command budgets are totals, not inactivity timers: a server that trickles bytes
 * still runs out of time, so a dripping server holds a probe slot for seconds, not a minute.
 */
export type ProbeTimeouts = {
  dnsMs: number;
  connectMs: number;
  /** From connect to the complete greeting (every line of it). */
  greetingMs: number;
  /** From sending a command to the complete reply (every line of it). */
  commandMs: number;
  /** From the first byte of a reply line to its end: real servers send a line in one packet. */
  lineMs: number;
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
  // Longer than the greeting pauses real anti-spam servers make (postscreen 6 s, greet_pause 5 s).
  greetingMs: 10_000,
  commandMs: 15_000,
  lineMs: 3_000,
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

/** The target the guard admitted, in canonical form (see canonical-target.ts), before any socket opens. */
export type AdmittedTarget = {
  /** The server name, lower case without the trailing dot; null when the user typed an IP. */
  name: string | null;
  /** The validated addresses in the order the connect stage tries them. */
  addresses: string[];
  port: number;
};

/** The caller's hold on an admitted run: the run reports how far it got, then that it ended. */
export type Admission = {
  /** A TCP connection to this (canonical) address was made. */
  connected(address: string): void;
  /** An AUTH command went to the server. */
  authSent(): void;
  /** The run is over (called once, whatever happened). */
  end(): void;
};

export type ProbeOptions = {
  policy: TargetPolicy;
  /**
   * Called once the guard has admitted the target, before anything connects: where rate limits
   * keyed on the target belong (a refused or unreachable target must not count). Whatever it
   * throws is the caller's refusal, not a finding: `runProbe` rethrows it.
   */
  admit?: (target: AdmittedTarget) => Admission | Promise<Admission>;
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
