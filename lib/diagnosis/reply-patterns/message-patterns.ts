import type { ReplyPattern } from "./reply-pattern-schema";

const SMTP_CODES = "fm/smtp-codes data/codes (smtp.codes, fetched snapshot f506d34)";
const MS_NDR =
  "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online";

/** DATA: size, content, format. Only seen when a real test message is sent, or in pasted NDRs. */
export const messagePatterns: readonly ReplyPattern[] = [
  {
    cause: "message-too-large",
    pattern:
      /message (?:file )?(?:size )?(?:exceeds|exceeded|larger than|too (?:big|large))|size (?:limit )?exceed|exceeded (?:\w+'s )?(?:message )?size limit|message size (?:limit|exceeds)|Message too big|MaxSubmissionExceeded|MessageSubmissionExceededException|maximum message size|(?:is |are )?more than \d+ bytes/i,
    confidence: 0.9,
    example:
      "552-5.2.3 Your message exceeded Google's message size limits. Please visit http://mail.google.com/support/bin/answer.py?answer=8770 to review our size guidelines.",
    source: `${SMTP_CODES}/552.json (google)`,
  },
  {
    cause: "message-rejected-content",
    pattern:
      /likely unsolicited mail|(?:judged|identified|detected|rejected|flagged|blocked) (?:to be |as )?spam|spam (?:message|content|detected)|content (?:identified|judged) as spam|\bvirus\b|\bmalware\b|infected|illegal attachment|attachment (?:type )?(?:is )?(?:not allowed|blocked|rejected)|content filter|policy violation detected|not accepted for policy reasons/i,
    confidence: 0.86,
    example:
      "552 $(_sid) - $(_id) This message has been rejected due to content judged to be spam by the internet community IB212 - If you feel this is in error, please submit a request using the link below.",
    source: `${SMTP_CODES}/552.json (godaddy)`,
  },
  {
    cause: "message-malformed",
    pattern:
      /RFC ?5322|RFC ?2822|valid address in From: header|no From: header|bare (?:LF|linefeed|CR)|Lone (?:CR|LF)|malformed|(?:invalid|missing|duplicate|multiple) (?:From|Date|Message-ID|To|Subject)\b[\w :-]*header|header (?:is )?(?:invalid|malformed|missing)/i,
    confidence: 0.88,
    example: "Access denied, message must be RFC 5322 section 3.6.2 compliant",
    source: `${MS_NDR} (5.7.512)`,
  },
];
