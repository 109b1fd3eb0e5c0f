import type { ProbeInput, StageName } from "./probe-schema";

/** The stages in the order they run for this security mode (implicit TLS comes before the greeting). */
export function plannedStages(security: ProbeInput["security"]): StageName[] {
  const middle: StageName[] = security === "tls" ? ["tls", "greeting", "ehlo"] : ["greeting", "ehlo", "tls"];
  return ["resolve", "guard", "connect", ...middle, "auth", "mail", "rcpt", "data", "quit"];
}
