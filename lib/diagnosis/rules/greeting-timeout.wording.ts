import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { PYTHON } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The server never greeted": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    // smtplib re-raises a socket timeout while waiting for a reply as a disconnect: a greeting timeout
    // up to EHLO; once the session has reached AUTH or later, the same words say nothing of the
    // greeting, and where the stage is unknown they say only that some reply was late.
    cause: "greeting-timeout",
    origin: "client",
    pattern: /Connection unexpectedly closed: (?:timed out|The read operation timed out)/i,
    confidence: 0.88,
    stages: ["connect", "greeting", "tls", "ehlo"],
    requireStage: true,
    example: 'SMTPServerDisconnected("Connection unexpectedly closed: timed out")',
    source: `${PYTHON} (getreply: "Connection unexpectedly closed: " + str(e))`,
  },

  // Greeting
  {
    cause: "greeting-timeout",
    pattern:
      /Greeting never received|timed? ?out waiting for (?:the )?(?:greeting|banner)|no (?:SMTP )?greeting/i,
    confidence: 0.85,
    example:
      "Error: Greeting never received\n    at SMTPConnection._formatError (/node_modules/nodemailer/lib/smtp-connection/index.js:774:19)",
    source: "https://github.com/nodemailer/smtp-server/issues/166",
  },
  {
    // Postfix's delivery agent: "conversation with HOST timed out while receiving the initial server greeting".
    cause: "greeting-timeout",
    pattern:
      /timed out while receiving the initial server greeting|timeout waiting for (?:the )?(?:initial )?(?:server )?greeting/i,
    confidence: 0.92,
    example:
      "conversation with mx.example.net[192.0.2.9] timed out while receiving the initial server greeting",
    source:
      "vdukhovni/postfix postfix/src/smtp (smtp_proto.c, smtp_connect.c, smtp_addr.c: the delivery agent's own deferral texts); https://github.com/docker-mailserver/docker-mailserver/issues/3094",
  },
  {
    cause: "greeting-timeout",
    origin: "client",
    pattern: /Greeting never received/i,
    confidence: 0.85,
    example: "Error: Greeting never received at SMTPConnection._formatError",
    source:
      "nodemailer/nodemailer lib/smtp-connection/index.js (_onGreetingTimeout); https://github.com/nodemailer/smtp-server/issues/166; https://github.com/Marak/node_mailer/issues/77; https://github.com/nodemailer/nodemailer/issues/928; https://github.com/nodemailer/nodemailer/issues/1470",
  },
  {
    // Exim's wording for a server that accepted the connection and never greeted.
    cause: "greeting-timeout",
    pattern: /timeout after initial connection/i,
    confidence: 0.93,
    example: "SMTP timeout after initial connection: Connection timed out",
    source: "code index id 53202817530 (server security audit report, '8.2 Mail System Issues')",
  },
  {
    // Symantec Messaging Gateway: the remote server connected but sent no 220 greeting.
    cause: "greeting-timeout",
    pattern: /\[internal\] no banner\b/i,
    confidence: 0.85,
    example: "451 4.4.2 [internal] no banner",
    source:
      "https://knowledge.broadcom.com/external/article/177591/email-remains-in-the-delivery-queue-with.html",
  },
  {
    // The client connected but never got the 220 greeting: no banner received.
    cause: "greeting-timeout",
    pattern:
      /\b(?:failed to|did not|didn't|could not|couldn't) (?:receive|get|read) (?:the |an? )?(?:SMTP )?(?:banner|greeting)\b/i,
    confidence: 0.8,
    example: "Failed to receive the SMTP banner from the service listening on port 587",
    source: "https://github.com/Adam-Zhong/nessus/issues/28",
  },
  {
    // The concept, as one phrasing: the server's first line (banner, greeting, initial string,
    // welcome) never came or came too late, however the client words it ("Banner not received
    // from server", "error receiving initial string from SMTP server", "Timed out waiting for
    // server ready message", "Greeting never received"); 35 of the 44 corpus replies with these
    // words are this cause, 7 of them the TLS mode (an implicit-TLS port waiting for a handshake),
    // which the explanation names.
    cause: "greeting-timeout",
    origin: "client",
    pattern:
      /(?:\b(?:banner|greeting|initial (?:string|response|reply|message)|welcome message)\b[^.;\n]{0,30}?\b(?:not received|never received|timed? ?out|timeout)\b|\b(?:error|failed|timeout|timed out) (?:while )?(?:receiving|reading|waiting for) (?:the )?(?:initial|banner|greeting|server ready)\b)/i,
    confidence: 0.8,
    example: "wazuh-maild: ERROR: (1762): Banner not received from server",
    source:
      "https://github.com/nodemailer/nodemailer/issues/441; https://github.com/RocketChat/Rocket.Chat/issues/26690; https://github.com/seerr-team/seerr/issues/880; https://github.com/zabbix/zabbix/blob/01d70eca3dd0c8e1b6ebc61e78159f17e04e96f4/src/libs/zbxmedia/email.c; Wazuh src/os_maild/sendmail.c, BANNER_ERROR check after OS_RecvTCP (stored copy code index id 77861235)",
  },
]);
