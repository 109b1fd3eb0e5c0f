import { defineRule } from "./define-rule";
import { replyWording } from "./not-smtp-service.wording";
import { probeError, strongest, wording } from "./rule-helpers";

export const notSmtpService = defineRule("not-smtp-service", {
  cause: {
    group: "reaching",
    title: "Not an SMTP server on this port",
    meaning: "the port answers, but not with an SMTP greeting (another service, a proxy)",
    evidence: '"Invalid greeting", a non-220 first line',
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["greeting"],
  match: (e) =>
    strongest(
      // A greeting that is not an SMTP reply at all (code 0) is another service; a 4xx/5xx greeting is a refusal.
      probeError(e, ["EGREETING"], e.code === null || e.code === 0 ? 0.9 : 0.3),
      probeError(e, ["ETOOLARGE"], 0.7),
      // "Invalid greeting" around a 4xx/5xx SMTP reply is an SMTP server refusing, not another service.
      e.code !== null && e.code >= 400
        ? wording(e, "not-smtp-service") && {
            confidence: 0.35,
            signal: "invalid greeting with an SMTP refusal",
          }
        : wording(e, "not-smtp-service"),
    ),
  explain: (e) => ({
    explanation: `Something answers on port ${e.target?.port ?? "that port"}, but it is not an SMTP server greeting with 220: another service (web, POP/IMAP, SSH), a proxy, or a device that speaks TLS first.`,
    fix: "Check the server name and port against the provider's SMTP settings (SMTP is 587, 465 or 25; IMAP/POP ports such as 993/995/110 will not work for sending).",
  }),
});
