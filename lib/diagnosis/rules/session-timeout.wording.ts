import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { EXIM } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The server timed out the session": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  // Session
  {
    cause: "session-timeout",
    pattern:
      /timeout waiting for (?:data from )?client|command timeout|(?:incoming )?data timeout|Error: timeout exceeded|idle timeout|Timeout - closing connection/i,
    confidence: 0.92,
    example: "421 mail.example.com: SMTP command timeout - closing connection",
    source: EXIM,
  },

  {
    cause: "session-timeout",
    pattern:
      /Connection timed out\. Total session duration|Timeout waiting for (?:client|data|input)|(?:command|idle|session) time-?out|Error: timeout exceeded/i,
    confidence: 0.9,
    example:
      'Connection closed response="421 4.4.1 Connection timed out. Total session duration: 00:05:00.7054661"',
    source:
      "zone-eu/zone-mta (SMTPCLOSE log); jstedfast/MailKit (SmtpCommandException 4.4.1); RFC 3463 (X.4.1 no answer from host, X.4.2 bad connection)",
  },
  {
    cause: "session-timeout",
    pattern: /Requested action aborted: timeout/i,
    confidence: 0.88,
    example: "451 Requested action aborted: timeout (#4.4.2)",
    source: "indimail/indimail-mta indimail-mta-x/qmail-smtpd.c (die_alarm)",
  },
  {
    // qmail-smtpd's answer when the client stopped sending: the session timed out on the server's side.
    cause: "session-timeout",
    pattern: /Requested action aborted: timeout|\btimeout \(#4\.4\.2\)/i,
    confidence: 0.8,
    example: "451 Requested action aborted: timeout (#4.4.2)",
    source: "indimail/indimail-mta indimail-mta-x/qmail-smtpd.c (die_alarm)",
  },
  {
    cause: "session-timeout",
    pattern: /\bDisconnecting inactive client\b/i,
    confidence: 0.88,
    example: "221 2.0.0 mx.example.com Disconnecting inactive client.",
    source: "stalwartlabs/stalwart crates/smtp/src/inbound/spawn.rs (idle timeout)",
  },
  {
    cause: "session-timeout",
    pattern: /\bidle too long\b/i,
    confidence: 0.85,
    example: "421 4.3.2 mx.example.com idle too long",
    source:
      "https://github.com/KumoCorp/kumomta/blob/929d51deba5ca23b0db5abfba8880c06edc3f6eb/crates/kumod/src/smtp_server.rs (ReadLine::TimedOut)",
  },
  {
    // Cisco Email Security Appliance: the session lasted longer than its listener allows.
    cause: "session-timeout",
    pattern: /\bExceeded allowable connection time\b/i,
    confidence: 0.85,
    example: "421 Exceeded allowable connection time, disconnecting.",
    source: "https://manualsbrain.com/fr/manuals/1649696/?page=100",
  },
  {
    // The concept: the server says it closed the session because the client was idle too long
    // ("221 5.0.0 Connection closed due to timeout", "Session terminated after inactivity"). A
    // bare "Timeout" is left alone: a client prints the same word when a greeting never came.
    cause: "session-timeout",
    pattern:
      /\b(?:Connection|Session) (?:closed|terminated|dropped) (?:due to|because of|after) (?:a |an )?(?:timeout|inactivity|idle)\b/i,
    confidence: 0.75,
    stages: ["ehlo", "auth", "mail", "rcpt", "data"],
    example: "221 5.0.0 Connection closed due to timeout",
    source: "https://github.com/Kopano-dev/kopano-core/blob/master/spooler/DAgent.cpp",
  },
  {
    // The family: the server ended a session that ran too long or idled (its own timeout in its words).
    cause: "session-timeout",
    pattern: /\bExceeded allowable connection time\b|\bclosed due to timeout\b|\bRECV TIMED-OUT\b/i,
    confidence: 0.75,
    example: "550 RECV TIMED-OUT!.",
    source:
      "https://manualsbrain.com/fr/manuals/1649696/?page=100; https://github.com/Kopano-dev/kopano-core/blob/master/spooler/DAgent.cpp; https://github.com/diegocr/AmiSMTPd/blob/12ed596df7e149eca9c6b340e0e96a2f950b2af8/transport.c",
  },
  {
    // The server timed out the SMTP transaction.
    cause: "session-timeout",
    pattern: /\b(?:SMTP )?transaction timed out\b/i,
    confidence: 0.75,
    example: "451 4.4.2 SMTP transaction timed out",
    source:
      "aiosmtpd 'SMTP Relay Manager' relay server (_RelayHandler/_RelaySMTP, SMTPRelayServer) (code index id 69626900697)",
  },
  {
    // qmail-smtpd's reply when the client stays silent past its timeout (die_alarm), kept by
    // qmail-based providers with or without the space.
    cause: "session-timeout",
    pattern: /\btimeout ?\(#4\.4\.2\)/i,
    confidence: 0.8,
    example: "451 timeout (#4.4.2)",
    source: "qmail-smtpd.c die_alarm() ('451 timeout (#4.4.2)'); https://faq.support.nifty.com/?p=4076",
  },
  {
    // Postfix's postscreen deep-protocol tests: the client did not send its next command in time.
    cause: "session-timeout",
    pattern: /\bCOMMAND TIME LIMIT from\b/,
    confidence: 0.85,
    example:
      "Jan 1 00:00:00 hostname postfix/postscreen[12345]: COMMAND TIME LIMIT from [123.45.67.89]:12345 after HELO",
    source:
      "sergeymakinen/postfix_exporter exporter/testdata/mail.log (code index id 24290002124); Postfix postscreen(8) (postscreen_command_time_limit)",
  },
]);
