import type { z } from "zod";
import type { diagnosisContextSchema } from "./diagnosis-context-schema";

/**
 * What the user told us beyond the probe settings (`diagnosisContextSchema`, which the edge parses
 * with): the types and helpers the engine reads. The schema is a module of its own, so the engine
 * (and the command-line tool) does not build it.
 */
export type DiagnosisContext = z.infer<typeof diagnosisContextSchema>;
export type DiagnosisContextInput = z.input<typeof diagnosisContextSchema>;

/** Fills the defaults without re-validating (callers inside lib/ are trusted; the edge parses). */
export function withDefaults(input: DiagnosisContextInput = {}): DiagnosisContext {
  return {
    ...input,
    recipients: input.recipients ?? "unknown",
    staticIp: input.staticIp ?? null,
    supportsOAuth: input.supportsOAuth ?? null,
    supportsTls12: input.supportsTls12 ?? null,
    sitePtr: input.sitePtr ?? null,
  };
}

/**
 * Microsoft's SMTP AUTH timeline (as of 27 January 2026): Basic (password) authentication is off
 * by default for existing tenants from the end of December 2026. Dated advice asks this.
 */
export const MICROSOFT_BASIC_AUTH_OFF_BY_DEFAULT = "2026-12-31";

export function basicAuthOffByDefault(context: DiagnosisContext): boolean {
  return todayOf(context) >= MICROSOFT_BASIC_AUTH_OFF_BY_DEFAULT;
}

export function todayOf(context: DiagnosisContext): string {
  return context.today ?? new Date().toISOString().slice(0, 10);
}
