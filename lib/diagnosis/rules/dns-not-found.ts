import type { Evidence } from "../evidence";
import { publishedHostLookupFailed } from "../published-host";
import { defineRule } from "./define-rule";
import { replyWording } from "./dns-not-found.wording";
import { probeError, strongest, systemCode, wording } from "./rule-helpers";
import type { RuleMatch } from "./rule-types";

export const dnsNotFound = defineRule("dns-not-found", {
  cause: {
    group: "reaching",
    title: "The server name does not exist",
    meaning: "the server name does not exist",
    evidence: "ENOTFOUND / NXDOMAIN at resolve",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["resolve"],
  // A provider's published server name exists: its failed lookup is DNS failing (dns-failure).
  match: (e) =>
    publishedHostLookupFailed(e)
      ? null
      : strongest(
          probeError(e, ["ENOTFOUND"], 0.97),
          systemCode(e, ["ENOTFOUND", "EAI_NONAME"], 0.95),
          wording(e, "dns-not-found"),
          resolutionAlone(e),
        ),
  explain: (e) => ({
    explanation: `The server name ${e.target ? `"${e.target.host}" ` : ""}does not exist in DNS, so nothing was contacted. Usually a typo in the server field, a stray space or quote, or an internal name that only resolves inside the office network.`,
    fix: "Check the server name character by character (no quotes, spaces or \"smtp://\"), and test the same name from the device's network. If it is an internal name, use a name or address the device's DNS can resolve.",
  }),
});

/**
 * A failure at name resolution whose words say no more (a device's "lookup failed", "Unknown SMTP
 * host"): the likelier of the two DNS causes is a name that does not exist (corpus at the resolve
 * stage: 152 names missing, 109 DNS failing, 19 routing), so it is named, weakly, and a DNS
 * failure stays among the other possible causes.
 */
function resolutionAlone(e: Evidence): RuleMatch | null {
  if (e.stage !== "resolve") return null;
  return { confidence: 0.45, signal: "a failure at name resolution, with no words that say more" };
}
