import type { Evidence } from "../evidence";
import { publishedHostLookupFailed } from "../published-host";
import { replyClass } from "../reply-class";
import { defineRule } from "./define-rule";
import { replyWording } from "./dns-failure.wording";
import { probeError, strongest, systemCode, wording } from "./rule-helpers";
import type { RuleMatch } from "./rule-types";

export const dnsFailure = defineRule("dns-failure", {
  cause: {
    group: "reaching",
    title: "DNS did not answer",
    meaning: "DNS did not answer or failed (SERVFAIL, timeout)",
    evidence: "EAI_AGAIN, ESERVFAIL, DNS timeout",
  },
  settingsCanFix: false,
  persistence: "either",
  wording: replyWording,
  stages: ["resolve"],
  match: (e) =>
    strongest(
      probeError(e, ["EDNS"], 0.9),
      systemCode(e, ["EAI_AGAIN", "ESERVFAIL", "ETIMEOUT"], 0.93),
      systemCode(e, ["EREFUSED"], 0.85),
      systemCode(e, ["EDNS"], 0.6),
      wording(e, "dns-failure"),
      publishedNameFailed(e),
      resolutionAlone(e),
    ),
  explain: (e) => {
    const published = publishedHostLookupFailed(e);
    return {
      explanation: published
        ? `The lookup of "${published.host}" failed, but that is ${published.provider.name}'s published server name and it exists: the DNS the device (or app) uses did not answer it. Either no DNS server is set, DNS is blocked, or the network was not up yet.`
        : "DNS did not answer the lookup for the server name (a timeout or a server failure), so the connection was never attempted. The name may well be right: the resolver in use is failing or blocked.",
      fix: "Check the device's DNS server settings and that DNS (UDP/TCP 53) is allowed out; retry in a few minutes. As a test, try a public resolver or the server's IP address.",
    };
  },
});

/** A published server name that did not resolve: the name exists, so DNS itself failed. */
function publishedNameFailed(e: Evidence): RuleMatch | null {
  const published = publishedHostLookupFailed(e);
  if (!published) return null;
  return {
    // Above the "name not found" codes (0.95): the name is known to exist.
    confidence: 0.96,
    signal: `"${published.host}" is ${published.provider.name}'s published server name, so its lookup failed in DNS`,
  };
}

/**
 * A failure at name resolution whose words say no more: a name that does not exist is likelier
 * (dns-not-found names it), so a DNS failure is only another possible cause; under a temporary
 * (4xx) reply or words of a lookup that timed out or was deferred ("failed to lookup address
 * information: Try again", musl's text for EAI_AGAIN), it is the likelier of the two. A bounce's
 * own advice ("check for typos … and try again") is no deferral.
 */
const DEFERRED_LOOKUP = /\b(?:timed out|i\/o timeout|deferred|temporar(?:y|ily)|(?<!\band )try again)\b/i;

function resolutionAlone(e: Evidence): RuleMatch | null {
  if (e.stage !== "resolve") return null;
  return {
    confidence: replyClass(e) === "4" || DEFERRED_LOOKUP.test(e.words) ? 0.5 : 0.3,
    signal: "a failure at name resolution, with no words that say more",
  };
}
