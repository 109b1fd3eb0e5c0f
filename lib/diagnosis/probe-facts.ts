import type { EhloFacts, StageName, StageResult } from "../smtp/probe-schema";
import type { Evidence } from "./evidence";

/** A stage of the probe run, if the evidence came from one. */
export function stageOf(e: Evidence, name: StageName): StageResult | null {
  return e.probe?.stages.find((stage) => stage.name === name) ?? null;
}

/** The EHLO facts before and after STARTTLS (the latter only when TLS ran). */
export function ehloFacts(e: Evidence): { plain: EhloFacts | null; secured: EhloFacts | null } {
  const tls = stageOf(e, "tls");
  return {
    plain: stageOf(e, "ehlo")?.facts.ehlo ?? tls?.facts.ehlo ?? null,
    secured:
      tls?.facts.ehloAfterTls ??
      (e.target?.security === "tls" ? (stageOf(e, "ehlo")?.facts.ehlo ?? null) : null),
  };
}

const MX_NAMES =
  /\.mail\.protection\.outlook\.com\b|(?:^|[\s.[])aspmx\.l\.google\.com\b|\.eop-[\w-]+\.prod\.protection\.outlook\.com\b/i;

/**
 * The tested server is a receiving MX (a tenant's *.mail.protection.outlook.com, Google's aspmx,
 * the sender domain's own MX) rather than a submission server: from its name, its banner, or, for
 * pasted text, the server names in the reply.
 */
export function isMxEndpoint(e: Evidence): boolean {
  if (!e.target) return MX_NAMES.test(e.verbatim);
  const host = e.target.host.toLowerCase().replace(/\.$/, "");
  if (MX_NAMES.test(host)) return true;
  const mx = stageOf(e, "resolve")?.facts.senderMx ?? [];
  if (mx.some((m) => m.exchange.toLowerCase().replace(/\.$/, "") === host)) return true;
  const banner = `${stageOf(e, "greeting")?.reply?.text ?? ""} ${ehloFacts(e).plain?.serverName ?? ""}`;
  return MX_NAMES.test(banner);
}
