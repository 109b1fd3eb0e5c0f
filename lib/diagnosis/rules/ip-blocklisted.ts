import type { Evidence } from "../evidence";
import { REMOTE_BOUNCE } from "../remote-bounce";
import { submissionAdvice, testedAnMx } from "./advice";
import { defineRule } from "./define-rule";
import { replyWording } from "./ip-blocklisted.wording";
import { enhancedCode, strongest, wording } from "./rule-helpers";

function rcptNote(e: Evidence): string {
  if (e.stage !== "rcpt") return "";
  if (!e.target)
    return ", which is why a connection test can pass while every recipient (RCPT TO) is refused";
  return `, which is why the connection${e.target.security === "none" ? " and EHLO" : ", EHLO and encryption"} worked and only RCPT TO was refused`;
}

export const ipBlocklisted = defineRule("ip-blocklisted", {
  cause: {
    group: "policy",
    title: "The sending IP address is on a blocklist",
    meaning:
      "the sending IP is on a named blocklist: a public DNSBL (Spamhaus, Barracuda, SpamCop, Cloudmark…) or a provider's IP block list; the fix is a clean sending path or delisting",
    evidence:
      '"blocked using Spamhaus", "listed in zen.spamhaus.org", M365 "banned sending IP", Outlook.com S3150',
  },
  settingsCanFix: true,
  persistence: "permanent",
  wording: replyWording,
  stages: ["connect", "greeting", "ehlo", "mail", "rcpt", "data"],
  match: (e) => strongest(wording(e, "ip-blocklisted"), enhancedCode(e, "ip-blocklisted")),
  explain: (e) =>
    // Quoted in a bounce, the refused IP is the one the relaying server (often the provider's
    // outgoing server) delivered from, not the site's own.
    e.source === "text" && REMOTE_BOUNCE.test(e.verbatim)
      ? {
          explanation: `The recipient's server refused the message because the IP address it was delivered from, the one named in the reply, is on a blocklist (Spamhaus, Barracuda, SpamCop, or the provider's own list). In a bounce like this one, that is the address of the server that passed the message on, often your provider's outgoing server, not necessarily the site's own IP${rcptNote(e)}.`,
          fix: "Look up the IP named in the reply. If it is your provider's server, send the bounce to the provider: they delist or move it. If it is your own server's IP, request delisting once the cause is fixed (malware, open relay, a dynamic range).",
        }
      : {
          explanation: `The receiving server refused mail because the public IP address it was sent from is on a blocklist (Spamhaus, Barracuda, SpamCop, or the provider's own list). Residential, cellular and dynamic ranges are listed on purpose (Spamhaus PBL): they should not send directly to mail servers. Encryption and a correct sender do not override this${rcptNote(e)}.`,
          fix: testedAnMx(e)
            ? `Stop sending directly to the MX from this IP: ${submissionAdvice(e.provider)}. There the server accepts mail because the device signs in, instead of judging the site's IP as the MX does. If the IP is static and should be clean, request delisting (the reply usually links the list's lookup page).`
            : `Check the IP on the named list and request delisting once the cause is fixed (malware, open relay, or a dynamic range); meanwhile ${submissionAdvice(e.provider)}.`,
        },
});
