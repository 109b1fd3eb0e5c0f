import { defineRule } from "./define-rule";
import { enhancedCode, miltersTempfail, probeError, replyCode, strongest, wording } from "./rule-helpers";
import { replyWording } from "./server-busy.wording";

export const serverBusy = defineRule("server-busy", {
  cause: {
    group: "reaching",
    title: "The server is busy or refusing for now",
    meaning: "the server refuses for now: too many connections, overloaded, shutting down",
    evidence: "421 at greeting, 421 4.3.2",
  },
  settingsCanFix: false,
  persistence: "temporary",
  wording: replyWording,
  stages: ["connect", "greeting", "ehlo", "mail", "rcpt", "data"],
  match: (e) =>
    strongest(
      miltersTempfail(e) ? null : wording(e, "server-busy"),
      enhancedCode(e, "server-busy"),
      // 421 at the start of a session is RFC 5321's "service not available, closing channel";
      // not when its words refuse the client for a reason (access denied, a policy, an open
      // proxy, its reverse name, an error): of 19 such replies read by the code alone, 5 were a
      // busy server and most of the rest gave another reason in words the rules did not know.
      !REFUSES_FOR_A_REASON.test(e.words) && replyCode(e, [421], 0.55, ["connect", "greeting"]),
      e.code === 421 && probeError(e, ["EGREETING"], 0.6),
    ),
  explain: () => ({
    explanation:
      "The server refused the session for now: it is busy, overloaded or restarting. This is a temporary refusal (4xx), not a configuration problem on the device.",
    fix: "Retry in a few minutes. If it persists for hours, check the provider's service status page; devices that do not retry on 4xx replies need a local relay that queues.",
  }),
});

const REFUSES_FOR_A_REASON =
  /\b(?:denied|reject\w*|refus\w*|restricted|invalid|reverse|proxy|polic\w*|unable|error|failed|no MXs?)\b/i;
