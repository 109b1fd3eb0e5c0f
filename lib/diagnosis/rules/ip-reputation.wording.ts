import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { SMTP_CODES } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The sending IP is throttled for reputation": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "ip-reputation",
    pattern:
      /unusual rate of (?:unsolicited )?mail(?! originating from your (?:address|account|domain))|(?:very )?low reputation of the sending IP|rate limited due to IP reputation|IP Reputation|temporarily deferred due to (?:unexpected volume or )?user complaints|\[(?:TS|IPTS)\d\d\]|\[TSS\d\d\](?![^\n]{0,60}permanently deferred)|Policy Rejection-? ?Abuse|poor reputation/i,
    confidence: 0.92,
    example:
      "421 4.7.0 [TSS04] Messages from 185.205.69.214 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
    source: "ActiveCampaign/smtp-field-manual pull request #88",
  },

  {
    cause: "ip-reputation",
    // The founding dev set reads Apple's code this way, but of the corpus's ten such bounces only
    // one was a reputation block (the others content, a listed domain, unresolved; 2026-12-03):
    // named, at a confidence that says so.
    pattern: /\[CS0\d\] Message rejected due to local policy/i,
    confidence: 0.55,
    provider: "icloud",
    example:
      "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
    source: `${SMTP_CODES}/550.json`,
  },

  {
    cause: "ip-reputation",
    pattern: /\bBad IP\b|traffic not accepted from this IP|low reputation|IP reputation/i,
    confidence: 0.82,
    example: "554 5.7.1 Rejected because Bad IP",
    source:
      "https://github.com/zone-eu/zone-mta/pull/239; https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/1181",
  },
  {
    // A poor reputation stated for the connecting address itself ("Poor GBUdb reputation for
    // [192.0.2.25]", Scrollout's "Poor avg. reputation for IP: 192.0.2.5"): the sending IP's
    // standing with the receiver, not a public list.
    cause: "ip-reputation",
    pattern:
      /\bpoor (?:\S+ ){0,2}reputation (?:for|of) (?:\[?\d{1,3}(?:\.\d{1,3}){3}\]?|(?:the |your )?IP\b(?::? ?\d{1,3}(?:\.\d{1,3}){3})?)/i,
    confidence: 0.85,
    example: "554 Poor GBUdb reputation for [203.0.113.25]",
    source:
      "haraka/haraka-plugin-messagesniffer index.js (code index); https://github.com/mariusgologan/scrollout/blob/HEAD/bin/policy.sh",
  },
  {
    cause: "ip-reputation",
    pattern: /None\/bad reputation/i,
    confidence: 0.9,
    example:
      "554 IP=192.0.2.25 - None/bad reputation. Ask your postmaster for help or to contact <postmaster@rx.t-online.de> for reset. (NOWL)",
    source: "https://timmehosting.de/leitfaden-wenn-t-online-e-mails-blockiert-ursachen-und-loesungen",
  },
  {
    cause: "ip-reputation",
    // Rackspace's own text, and the same words cut short where a log keeps less of the line.
    pattern: /Throttled - Too much spam from your mail server|\bThrottled\W{1,3}Too (?:much|many) spam\b/i,
    confidence: 0.9,
    example:
      "451 4.3.0 <servername[xx.xx.xx.xx]>: Client host rejected: Throttled - Too much spam from your mail server. Try again later",
    source: "https://docs.rackspace.com/docs/common-email-bounces",
  },
  {
    // NetEase: HL:REP and HL:MEP, the sending IP's behaviour or reputation.
    cause: "ip-reputation",
    pattern: /(?<![A-Za-z])HL:(?:REP|MEP|IHU)(?![A-Za-z])/i,
    confidence: 0.85,
    example: "421 HL:REP",
    source: "https://www.51yue.net/news/thread/20200123/14841169.html; http://163ns.com.cn/mail/MailFAQ.htm",
  },
  {
    // Yahoo's GL01: mail from this IP temporarily deferred for its volume or complaints.
    cause: "ip-reputation",
    pattern: /[[(]GL01[\])]/i,
    confidence: 0.85,
    example:
      "'RETRY.0\n421 4.7.0 (GL01) Message from ( temporarily deferred - 4.16.50. Please refer to http://postmaster.yahoo.com/errors/postmaster-21.html",
    source: "https://wanglu.net/thread/t12-245059-0.html",
  },
  {
    cause: "ip-reputation",
    pattern: /Excessive unknown recipients|temporarily blacklisted/i,
    confidence: 0.9,
    example: "451 VS1-IP Excessive unknown recipients - possible Open Relay More information (#4.1.8)",
    source:
      "http://help.yahoo.com/l/in/yahoo/mail/original/abuse/abuse-57.html; https://help.yahoo.com/kb/mail-for-desktop/SLN3444.html?impressions=true; https://help.socketlabs.com/docs/421-451-too-many-errors-you-have-been-temporarily-blacklisted",
  },
  {
    cause: "ip-reputation",
    pattern: /your IP (?:address )?(?:is|has been) temporarily (?:blocked|banned|deferred|rejected)/i,
    confidence: 0.82,
    example: "421 Your IP is temporarily blocked, please try\nagain\nlater",
    source: "https://logsat.com/spamfilter/forums/printer_friendly_posts.asp?TID=6127",
  },
  {
    cause: "ip-reputation",
    pattern: /\bRLY:B[123]\b/i,
    confidence: 0.85,
    example: "554 RLY:B1\n    http://postmaster.info.aol.com/errors/554rlyb1.html",
    source: "http://postmaster-us.info.aol.com/errors/554rlyb1.html",
  },
  {
    cause: "ip-reputation",
    pattern: /insufficient reputation|(?:poor|bad) (?:IP )?reputation/i,
    confidence: 0.86,
    example: "421 4.7.0  : Sender IP rejected: sending IP has insufficient reputation.  Please retry later.",
    source:
      "fm/smtp-codes data/codes/421.json (https://smtp.codes/421; links support.titan.email article 35175377981977)",
  },
  {
    // Cox: a temporary block of the IP for its recent traffic.
    cause: "ip-reputation",
    pattern: /\bCDRBL\b/i,
    confidence: 0.82,
    example: "CDRBL",
    source: "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes",
  },
  {
    // Yahoo's 4.16.5x deferrals: the sending IP's reputation, retry later.
    cause: "ip-reputation",
    pattern: /\bMessage from \([^)]*\) temporarily deferred\b/i,
    confidence: 0.88,
    example:
      "421 Message from (203.0.113.6) temporarily deferred - 4.16.50. Please refer to http://help.yahoo.com/help/us/mail/defer/defer-06.html",
    source:
      "code index id 56969834297 (Postfix log relaying to Yahoo); Yahoo Sender Hub, SMTP error codes (4.16.55: deferred for the sending IP's reputation)",
  },
  {
    cause: "ip-reputation",
    pattern: /\btemporar(?:il)?y blacklisted\b/i,
    confidence: 0.86,
    example:
      "421 Your IP (203.0.113.5) is temporary blacklisted by an anti-troyan rule, retry later and/or visit http://postmaster.free.fr/",
    source:
      "code index id 2042064557 (smtplib SMTPConnectError quoting Free's reply); http://postmaster.free.fr/",
  },
  {
    cause: "ip-reputation",
    pattern: /\bYou are penali[sz]ed for\b/i,
    confidence: 0.85,
    example: "You were naughty. You are penalized for 0.87 more days.",
    source: "smtpd/qpsmtpd plugins/karma",
  },
  {
    // Alibaba Mail's refusal of a sending IP by its behaviour (volume and complaints), not a list.
    cause: "ip-reputation",
    pattern: /\bReject by behaviou?r spam\b|\bANTISPAM_BAT\b/i,
    confidence: 0.85,
    example:
      "host mxn.mxhichina.com[42.120.219.27] said: 554 Reject by behaviour spam at DATA State(Connection IP address:*)ANTISPAM_BAT[]: bad sending",
    source: "http://www.zyy100.com/article-show-50-246.html",
  },
  {
    cause: "ip-reputation",
    pattern: /\b(?:sending |sender |your )?IP(?: address)? has (?:insufficient|low|poor|bad) reputation\b/i,
    confidence: 0.88,
    example: "421 4.7.0 : Sender IP rejected: sending IP has insufficient reputation. Please retry later.",
    source:
      "fm/smtp-codes data/codes/421.json (https://smtp.codes/421; links support.titan.email article 35175377981977)",
  },
  {
    // AOL DYN:T1: the sending host is temporarily held back on complaints or volume.
    cause: "ip-reputation",
    pattern: /\(DYN:T1\)|\b421dynt1\b/i,
    confidence: 0.8,
    example:
      "Delivery failed 2 attempts: user@aol.com\\nBody of message generated response:\\n421-: (DYN:T1)\\nhttp://postmaster.info.aol.com/errors/421dynt1.html\\n421 SERVICE NOT AVAILABLE",
    source: "http://www.webpan.com/Customers/bounces.htm",
  },
  {
    // Cisco IronPort refuses on the SenderBase Reputation Score of the sending IP.
    cause: "ip-reputation",
    pattern: /\bSBRS score too low\b/i,
    confidence: 0.88,
    example: "Connected to but greeting failed.\\n\\nRemote host said:\\n\\n554 SBRS score too low:",
    source: "http://openinternet.ideascale.com/a/dtd/Email-v-F-C-C-Net-Neutrality/18674-6017",
  },
  {
    // Haraka's karma plugin: the connection's score from its history (past messages, DNSBL hits,
    // failed commands) fell below the rejection threshold: a reputation, not one list.
    cause: "ip-reputation",
    pattern: /\b(?:very )?bad karma\b|\bkarma score\b/i,
    confidence: 0.85,
    example: "554 very bad karma score: -6",
    source: "haraka/haraka-plugin-karma index.js",
  },
  {
    // Rackspace (emailsrvr.com) defers mail from an IP it has no reputation for yet.
    cause: "ip-reputation",
    pattern: /\btoo many messages from a new or untrusted IP\b/i,
    confidence: 0.92,
    example:
      "host mx2.emailsrvr.com[146.20.1.1] said: 451 4.7.1 Received too many messages from a new or untrusted IP: 192.0.2.10 (Z27/80343E7) (G28) (in reply to RCPT TO command)",
    source:
      "Postfix log parser offline test scripts/parser-test.mjs, REAL_WORLD cases (code index id 71339755154)",
  },
  {
    // The family: a reputation the receiver keeps for the connecting host (karma, SenderBase score, an IP reported as bad or malicious).
    cause: "ip-reputation",
    pattern:
      /\bkarma score\b|\bYou were naughty\b|\bSBRS score\b|\bRejected because Bad IP\b|\bIP reported as malicious\b|\blooks suspiciously like (?:a )?spammer\b/i,
    confidence: 0.8,
    example: "554 very bad karma score: -6",
    source:
      "smtpd/qpsmtpd plugins/karma (connect_handler penalty message) [reply rendered with a placeholder number of days]; http://openinternet.ideascale.com/a/dtd/Email-v-F-C-C-Net-Neutrality/18674-6017; haraka/haraka-plugin-karma index.js (code index); https://github.com/yaslama/bouncehammer/blob/1e0e0dd82dfd621d8e725c4a6a44e7a6926b4f76/t/054_mail-why.t; code index id 10500154104 (Node smtp-server handlers handleRcptTo/handleMailFrom/handleConnect with Spamhaus and IPQS validators); https://github.com/zone-eu/zone-mta/pull/239",
  },
]);
