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
      webServerInTlsRecord(e.words) && {
        // Above Go's bare "oversized record" (tls-wrong-mode, 0.88), which this reads more exactly.
        confidence: 0.9,
        signal: 'a TLS record length that spells "HTTP/"',
      },
      // "Invalid greeting" around a 4xx/5xx SMTP reply is an SMTP server refusing, not another service.
      e.code !== null && e.code >= 400
        ? wording(e, "not-smtp-service") && {
            confidence: 0.35,
            signal: "invalid greeting with an SMTP refusal",
          }
        : wording(e, "not-smtp-service"),
    ),
  explain: (e) => ({
    explanation: `Something answers on ${e.target ? `port ${e.target.port}` : "that port"}, but it is not an SMTP server greeting with 220: another service (web, POP/IMAP, SSH), a proxy, or a device that speaks TLS first.`,
    fix: "Check the server name and port against the provider's SMTP settings (SMTP is 587, 465 or 25; IMAP/POP ports such as 993/995/110 will not work for sending).",
  }),
});

/**
 * Go's "tls: oversized record received with length N" takes the 4th and 5th bytes of what the
 * server sent first as a TLS record's length. From "HTTP/1.1 …" those are "P/" (0x502F, 20527):
 * a web server answered, not a mail server. (From an SMTP greeting, "220 m…", they are a space and
 * a letter: plain SMTP on a port the client spoke TLS to, tls-wrong-mode's reading.)
 */
function webServerInTlsRecord(words: string): boolean {
  const m = /oversized record received with length (\d+)/i.exec(words);
  return m !== null && Number(m[1]) === 0x502f;
}
