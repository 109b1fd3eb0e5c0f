import { publishedHostLookupFailed } from "../published-host";
import { defineRule } from "./define-rule";
import { replyWording } from "./dns-not-found.wording";
import { probeError, strongest, systemCode, wording } from "./rule-helpers";

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
        ),
  explain: (e) => ({
    explanation: `The server name ${e.target ? `"${e.target.host}" ` : ""}does not exist in DNS, so nothing was contacted. Usually a typo in the server field, a stray space or quote, or an internal name that only resolves inside the office network.`,
    fix: "Check the server name character by character (no quotes, spaces or \"smtp://\"), and test the same name from the device's network. If it is an internal name, use a name or address the device's DNS can resolve.",
  }),
});
