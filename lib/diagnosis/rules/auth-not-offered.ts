import { submissionAdvice, testedAnMx } from "./advice";
import { replyWording } from "./auth-not-offered.wording";
import { defineRule } from "./define-rule";
import {
  pastedEhloOffersNeither,
  pastedEhloWithoutAuth,
  probeError,
  replyCode,
  roundcubeLoginNotStarted,
  strongest,
  wording,
} from "./rule-helpers";

export const authNotOffered = defineRule("auth-not-offered", {
  cause: {
    group: "authentication",
    title: "The server does not offer authentication",
    meaning: "the endpoint offers no AUTH (e.g. an MX / Direct Send endpoint), or only after STARTTLS",
    evidence: "EHLO without AUTH; 503 5.5.1 / 502 on AUTH",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["ehlo", "auth"],
  match: (e) =>
    strongest(
      probeError(e, ["ENOAUTH"], 0.95),
      pastedEhloWithoutAuth(e, 0.95),
      pastedEhloOffersNeither(e) && {
        confidence: 0.5,
        signal: "the pasted EHLO reply, which offers neither AUTH nor STARTTLS",
      },
      wording(e, "auth-not-offered"),
      // "Command not recognized" in answer to AUTH: the server has no AUTH here.
      replyCode(e, [500, 502], 0.75, ["auth"]),
      replyCode(e, [503], 0.65, ["auth"]),
      roundcubeLoginNotStarted(e) && {
        confidence: 0.9,
        signal: 'Roundcube\'s "SMTP Error (250)": the login was never refused, the server offered no AUTH',
      },
    ),
  explain: (e) =>
    EXCHANGE_SERVER_AUTH.test(e.verbatim)
      ? {
          explanation:
            "One Exchange server handing mail to another could not use Exchange Server authentication: the receive connector the message reached does not offer it. Usually a relay or custom connector whose remote IP ranges cover the other Exchange servers catches their connections, or Default Frontend lost that permission; a firewall that strips the X-EXPS / X-ANONYMOUSTLS verbs has the same effect.",
          fix: "On the receiving Exchange server: remove the other Exchange servers' addresses from the relay connector's remote IP ranges, and make sure Default Frontend has Exchange Server authentication and the Exchange servers permission group; turn off SMTP inspection on a firewall between them. The device's settings are not at fault.",
        }
      : {
          explanation: testedAnMx(e)
            ? `${e.target?.host ?? "This endpoint"} is a receiving (MX / Direct Send) server: it does not offer SMTP authentication at all, so a device with authentication switched on cannot log in there.`
            : "The server does not offer authentication (AUTH) on this connection. Many servers only offer it after STARTTLS, or only on the submission port 587.",
          fix: testedAnMx(e)
            ? `To authenticate, ${submissionAdvice(e.provider)}. To keep using the MX without authentication, switch authentication off (internal recipients only, subject to IP reputation).`
            : "Turn on STARTTLS and use port 587 (the submission port), where servers offer AUTH.",
        },
});

// Exchange's queue error between its own servers ("451 5.7.3 Cannot achieve Exchange Server
// authentication"): the receiving connector's configuration, not the client's.
const EXCHANGE_SERVER_AUTH = /Cannot achieve Exchange Server authentication/i;
