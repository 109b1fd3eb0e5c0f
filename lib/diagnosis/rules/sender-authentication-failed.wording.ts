import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "SPF/DKIM/DMARC checks failed": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    // The words SPF, DKIM or DMARC in a refusal; not where the text itself reports the check's
    // result as a pass ("SPF policy result: pass"), which rules the sender's records out, nor
    // Gmail's "from your SPF domain" (4.7.28): the domain the checks passed for, judged on its
    // reputation.
    cause: "sender-authentication-failed",
    pattern:
      /(?<![\w.-])(?<!\bTemporary )(?<!\byour\s+)(?:DMARC|SPF|DKIM)(?![\w@]|[\w.-]*@)(?![^\n]{0,80}?\bresult:? pass\b)(?! signing failed)|Sender Policy Framework|sender is unauthenticated|Unauthenticated email|requires all senders to authenticate|does not pass authentication checks|\[BS0\d\]/i,
    confidence: 0.9,
    example: "550-5.7.26 Your email has been blocked because the sender is unauthenticated.",
    source:
      "https://github.com/hmailserver/hmailserver/issues/491; RFC 7208 §8.4 (an SPF 'fail' rejected in the session: 550 5.7.1); RFC 7489 (DMARC)",
  },
  {
    cause: "sender-authentication-failed",
    pattern: /(?:does not|doesn['’]t) meet the required authentication level|\bSPF_REJECT\b/i,
    confidence: 0.9,
    example:
      "550; 5.7.515 Access denied, sending domain [SendingDomain] does not meet the required authentication level.",
    source:
      "azumakuniyuki/feb-2024-no-auth-no-entry microsoft-new-requirements-for-high-volume-senders.txt (Microsoft Defender for Office 365 Blog, 'Outlook's New Requirements for High-Volume Senders'); https://hezoon.cn/compro/detail/23/305/530.html",
  },
  {
    cause: "sender-authentication-failed",
    pattern: /does not designate \S+ as permitted sender|openspf\.org\/Why/i,
    confidence: 0.9,
    example:
      "mail.pinehub.net: domain of rares@hubfactory.net does not designate 179.6.105.116 as permitted sender",
    source: "https://github.com/haraka/Haraka/issues/3482; http://mailreport.co.uk/FAQ/SPF/",
  },
  {
    // Gmail's sender-authentication refusal, temporary (421 4.7.0) or permanent (550 5.7.1 / 5.7.26), in its variants.
    cause: "sender-authentication-failed",
    pattern:
      /(?:does not|doesn't|fails? to|did not|failed to) pass (?:the )?authentication checks|does not have authentication information/i,
    confidence: 0.9,
    example:
      "421-4.7.0 This message does not have authentication information or fails to pass authentication checks. To best protect our users from spam, the message has been blocked.",
    source:
      "https://support.google.com/mail/answer/81126#authentication; https://github.com/docker-mailserver/docker-mailserver/issues/1137; https://netcorecloud.com/tutorials/gmail-spam-smtp-error-codes-and-solutions/",
  },
  {
    // Outlook.com's DMARC rejection: the domain owner's published policy.
    cause: "sender-authentication-failed",
    pattern:
      /domain owner policy restrictions|due to (?:the )?(?:sending |sender )?domain'?s? (?:DMARC )?policy/i,
    confidence: 0.92,
    example:
      "550 5.7.0 (COL0-MC6-F31) Unfortunately, messages from (IP) on behalf of (yahoo.com) could not be delivered due to domain owner policy restrictions.",
    source: "https://www.wordtothewise.com/2014/04/example-bounces-due-yahoo-preject",
  },
  {
    cause: "sender-authentication-failed",
    pattern: /Forged sender domain/i,
    confidence: 0.86,
    example: "Forged sender domain from this server",
    source: "https://www.cleanmail.ch/stricter-rules-for-bluewin/?lang=en",
  },
  {
    cause: "sender-authentication-failed",
    pattern: /\bSender ID \(PRA\) Not Permitted\b/i,
    confidence: 0.92,
    example: "550 5.7.1 Sender ID (PRA) Not Permitted",
    source: "Exchange Server Sender ID filtering (GWAVA and user reports)",
  },
  {
    // The sender's domain does not authorise the sending server (SPF fails, the domain owner's policy rejects it).
    cause: "sender-authentication-failed",
    pattern:
      /\bdoes not designate \S+ as permitted sender\b|\bSPF[-_ ](?:check )?(?:failed|REJECT)\b|\bdomain owner policy\b|\bForged sender domain\b|\bSender Authorization check failed\b/i,
    confidence: 0.88,
    example: "DebugInfo:SPF_REJECT",
    source:
      "https://www.yandex.com/support/mail/bounces/other.html; https://github.com/haraka/Haraka/issues/3482; mailing-list archive message quoting a QQ Mail bounce (index id 15975000612); https://www.wordtothewise.com/2014/04/example-bounces-due-yahoo-preject; http://knowledge.3essentials.com/web-hosting/article/1744/Delivery-Failure-550-Remote-host-said-Sender-Authorization-check-failed.html; https://www.cleanmail.ch/stricter-rules-for-bluewin/?lang=en; https://smtp.codes/hostpoint (data: fm/smtp-codes data/codes/550.json); public Chinese Postfix troubleshooting note on QQ Mail bounces (index id 18178362409)",
  },
  {
    // An SPF check's refusal: the sending IP is not among those the sender domain's SPF record allows.
    cause: "sender-authentication-failed",
    pattern:
      /(?:\b(?:\d{1,3}\.){3}\d{1,3}\]?|\[SPF\][^\n]{0,60}|\bSPF: [^\n]{0,60}) is not allowed to send mail from\b/i,
    confidence: 0.88,
    example:
      "SMTP error from remote server for RCPT TO command, host: mail.wiesheu.de (195.50.142.50) reason: 550 212.227.17.10 is not allowed to send mail from horequip.es",
    source:
      "https://pastebin.com/rfkEkURa; https://faq.c4.cz/odeslany-e-mail-se-vraci-zpet-s-chybou; https://ventraip.com.au/faq/article/why-was-my-incoming-email-rejected-for-spf-failure/; https://pastebin.com/etXwiYvq; https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600",
  },
  {
    // Sender ID (RFC 4407): the receiver could not determine the purported responsible address
    // (PRA) from the headers, so the sender's domain could not be checked.
    cause: "sender-authentication-failed",
    pattern: /\bpurported responsible (?:address|domain)\b/i,
    confidence: 0.8,
    example: "550 5.7.1 Missing purported responsible address",
    source:
      "RFC 4407 (Purported Responsible Address in E-Mail Messages); Microsoft Exchange SenderIdAgent Responses (decompiled, code index id 11051317820)",
  },
  {
    // NetEase's codes for a sender domain's own policy failing: MI:SPF (the sending IP is not in the
    // domain's SPF record), MI:DMA (the message fails the domain's DMARC policy).
    cause: "sender-authentication-failed",
    pattern: /(?<![A-Za-z])MI:(?:SPF|DMA)(?![A-Za-z])/,
    confidence: 0.88,
    example: "550 MI:DMA",
    source:
      "Chinese research notes on sending to Chinese mailbox providers, NetEase bounce-code table (code index id 63182498914)",
  },
  {
    // SPF's permanent error (RFC 7208 permerror): the sender domain's SPF record cannot be
    // evaluated (a syntax error, too many lookups) — the sender's DNS to mend, not the receiver's
    // lookup. Above the bare "DNS error", which it names more exactly.
    cause: "sender-authentication-failed",
    pattern: /\bpermanent (?:DNS )?error (?:when|while) (?:checking|evaluating|looking up) (?:the )?SPF\b/i,
    confidence: 0.93,
    example: "5.7.0 Permanent DNS error while checking SPF record.",
    source:
      "https://github.com/leonamp/SPFBL/blob/HEAD/client/spfbl.pl (return codes); RFC 7208 §2.6.7 (permerror)",
  },
  {
    // NetEase's MX: the MAIL FROM domain's published senders (SPF) do not include the client's IP
    // ("554 Connection refused(mx). MAIL FROM [..] mismatches client IP [..]"), sent at MAIL FROM by
    // a client delivering straight to the MX.
    cause: "sender-authentication-failed",
    pattern: /\bMAIL FROM \[[^\]]*\] mismatches client IP\b/i,
    confidence: 0.88,
    example:
      "javax.mail.MessagingException: 554 Connection refused(mx). MAIL FROM [user@example.com] mismatches client IP [218.19.72.248].",
    source: "code index id 43439856788 (Chinese Java direct MX mailer, Mailer.java header comment)",
  },
]);
