import { providerById } from "../../providers/known";
import type { ProviderId } from "../../providers/provider-schema";
import type { Evidence } from "../evidence";
import { isMxEndpoint } from "../probe-facts";

/**
 * Fix wording shared by several rules: where a device should send instead, for the provider at
 * hand. Kept here so every rule says the same thing the corrected-settings table says.
 */
export function submissionAdvice(provider: ProviderId | null): string {
  switch (provider) {
    case "microsoft-365":
      return "send through Microsoft 365's authenticated submission: server smtp.office365.com, port 587, STARTTLS, signing in as the sender's mailbox (OAuth 2.0 where the device supports it)";
    case "google-workspace":
      return "send through smtp.gmail.com, port 587, STARTTLS, with an app password (or OAuth), or through the Workspace SMTP relay (smtp-relay.gmail.com) with the site's static IP allow-listed";
    case null:
    case "generic":
      return "send through your mail provider's authenticated submission server (port 587 with STARTTLS, or 465 with TLS), signing in as the sender's mailbox";
    default: {
      const endpoint = providerById(provider).endpoints[0];
      return endpoint
        ? `send through ${providerById(provider).name}'s server ${endpoint.host}, port ${endpoint.port}, ${endpoint.security === "tls" ? "TLS" : "STARTTLS"}, with authentication`
        : "send through your provider's authenticated submission server";
    }
  }
}

/** "the server" or the host name that was tested. */
export function serverName(e: Evidence): string {
  return e.target ? e.target.host : "the server";
}

/** Whether the tested server is a receiving MX rather than a submission server. */
export function testedAnMx(e: Evidence): boolean {
  return isMxEndpoint(e) || e.target?.port === 25;
}
