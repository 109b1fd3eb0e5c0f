import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule helo-rejected: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "exim-helo-not-verified", expect: "top" },
  { case: "exim-invalid-helo", expect: "top" },
  { case: "postfix-helo-host-not-found", expect: "top" },
  { case: "exim-helo-required", expect: "not-top" },
  // Google's relay closes at EHLO when the client's name is bad, not because it is busy.
  { case: "r5-action-send-mail-gmail-421-try-again-ehlo", expect: "top" },
  { case: "r5-calcom-smtp-relay-421-try-again-gsmtp", expect: "top" },
  // Postfix's answer to a HELO without a name.
  { case: "b42-devices-022", expect: "top" },
  // Exim's 'All RCPT commands were rejected with this error:' hands on the HELO refusal.
  { case: "b42-apps-028", expect: "top" },
  { case: "b26-b26c-sqmail-sagredo-553-bad-helo", expect: "top" },
  // MailHog's 'HELO 250 Hello' then an invalid MAIL command: the HELO was accepted.
  { case: "b43-apps2-033", expect: "not-top" },
  // PHPMailer's 'EHLO not accepted from server' follows any answer but 250.
  { case: "b35-b35c-pastebin-old-phpmailer-ehlo-not-accepted-empty", expect: "not-top" },
  // qmail-remote: connected, but the HELO name was rejected.
  { case: "b47-bounce-043", expect: "top" },
  // A bad-HELO list; a non-FQDN HELO refused.
  { case: "b48-code2-077", expect: "top" },
  { case: "b48-code2-079", expect: "top" },
];
