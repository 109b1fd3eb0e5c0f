import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { SMTP_CODES } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "A domain is on a domain blocklist": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  // Domain lists, before IP lists: "Helo domain is listed in Spamhaus" names Spamhaus too.
  {
    cause: "domain-blocklisted",
    pattern:
      /(?:Helo|sender|sending|From) domain (?:is )?(?:listed|blacklisted|blocklisted)|\bdbl\.spamhaus|Spamhaus DBL|\b(?:multi\.)?(?:uribl|surbl)\b|spam URL|URL (?:in (?:the )?(?:message|content) )?(?:is )?(?:listed|on a (?:block|black) ?list)|domain (?:is )?(?:listed|blacklisted|blocklisted) (?:in|on|at|by)/i,
    confidence: 0.95,
    example:
      "550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. (S8001) [#.prod.protection.outlook.com]",
    source: `${SMTP_CODES}/550.json`,
  },
  {
    cause: "domain-blocklisted",
    pattern: /matching a prohibited domain in\s+(?:550[- ]5\.7\.1\s+)?the body/i,
    confidence: 0.9,
    example:
      "ssfe: com.sun.mail.smtp.SMTPSendFailedException: 550-5.7.1 This message has been rejected due to matching a prohibited domain in 550 5.7.1 the body of your email. - gcdp d11sm4838263qth.97 - gsmtp",
    source: "https://github.com/IQSS/dataverse/issues/4535",
  },
  {
    // Postfix's RHSBL refusals: a domain (the HELO name, the sender's, the client's name) is on a list, not the IP.
    cause: "domain-blocklisted",
    pattern:
      /(?:Helo command|Sender address|Client hostname|Recipient address) \[?<?[^\]\s>]*>?\]?:? ?(?:rejected: )?blocked using/i,
    confidence: 0.95,
    example:
      "554 Service unavailable; Helo command [example.tld] blocked using abuse.rfc-ignorant.org; Not supporting abuse@domain",
    source:
      "vdukhovni/postfix postfix/src/smtpd/smtpd_check.c (reject_rhsbl_helo, reject_rhsbl_sender, reject_rhsbl_client)",
  },
  {
    cause: "domain-blocklisted",
    pattern: /Reject due to policy restrictions \(domain based\)/i,
    confidence: 0.82,
    stages: ["mail", "rcpt", "data"],
    example: "550 <example@example.com>: Reject due to policy restrictions (domain based)",
    source: "https://smtp.codes/webde (data: fm/smtp-codes data/codes/550.json)",
  },
  {
    cause: "domain-blocklisted",
    pattern: /\brfc-ignorant\b/i,
    confidence: 0.88,
    example:
      "550 Mail from example.com rejected because it does not accept bounces. This violates RFC 821/2505/2821 http://www.rfc-ignorant.org/",
    source: "smtpd/qpsmtpd plugins/rhsbl (rfc-ignorant.org zones)",
  },
  {
    // A domain's reputation, not the IP's: before the generic "poor reputation".
    cause: "domain-blocklisted",
    pattern: /\b(?:poor|bad|low) reputation of (?:a|the|your) domain\b/i,
    confidence: 0.95,
    example: "554 ... rejected due to poor reputation of a domain used in message",
    source: "code index id 70231212605 (node test server/utils/emailLinkBase.test.js, header comment)",
  },
  {
    // The family: a link (URL) in the message found on a list, or a list named a "domain
    // blacklist" / "domain blocklist": a domain, not the sending IP, is what is listed.
    cause: "domain-blocklisted",
    pattern:
      /\b(?:URL|link|URI)s? (?:contained |found )?(?:in (?:the |this |your )?(?:message|e-?mail|body|content) )?(?:\([^)\n]{1,80}\) )?(?:is |are |was |were )?(?:(?:black|block)listed\b|listed (?:on|in|at|by)\b)|\bDomain (?:Black|Block) ?list\b/i,
    confidence: 0.96,
    example:
      "552 5.2.0 Remote MTA x.x.x.x: An URL contained in this message is blacklisted by Abusix Domain Blacklist",
    source:
      "Twilio SendGrid docs 'Blocklist provider insights' (code index id 56228055809); https://pastebin.com/6xJ4cN6J",
  },
  {
    // An address or domain listed by a domain blocklist ("dbl." zones: Spamhaus DBL and local
    // ones): the domain, not the IP, is listed.
    cause: "domain-blocklisted",
    pattern: /\b(?:black ?|block ?)?listed (?:by|in|on) dbl\./i,
    confidence: 0.94,
    example:
      "550 5.7.1 rejected mail address, <user@spam-domain.example> black listed by dbl.example.org #940 (<session-id>)",
    source: "smtpf uribl.c mail-bl check (code index id 17023388996)",
  },
]);
