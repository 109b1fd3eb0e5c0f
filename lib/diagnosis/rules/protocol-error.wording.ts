import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { EXIM } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "SMTP protocol error": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    // Gmail's answer to an AUTH payload that is not valid base64 (a client's encoding bug).
    cause: "protocol-error",
    pattern: /\bCannot Decode response\b/i,
    confidence: 0.8,
    example: "501 5.5.2 Cannot Decode response o9sm4960176wrx.48 - gsmtp",
    source:
      "https://github.com/espressif/arduino-esp32/issues/3813; https://github.com/nfo/gmail_xoauth/issues/17",
  },
  {
    cause: "protocol-error",
    pattern:
      /synchronization error|\bSMTP protocol synchronization\b|(?<!valid |proper )\b(?:HELO|EHLO)(?:\/HELO| or EHLO|\/EHLO| or HELO)?(?: greeting| command)? (?:is )?required\b|send HELO first|Polite people say HELO|Bad sequence of commands|need MAIL (?:before|command)(?! - MAIL FROM error)/i,
    // (A "need MAIL" that quotes the MAIL FROM's own refusal yields to it: iCloud's "503 5.5.1
    // Error: need MAIL command - MAIL FROM error: 451 4.7.1 Service unavailable".)
    confidence: 0.88,
    example: "554 SMTP synchronization error",
    source: EXIM,
  },

  {
    cause: "protocol-error",
    pattern:
      /(?:Command|Syntax) (?:unrecognized|not recognized)|Unrecognized command|Syntax error|line too long/i,
    confidence: 0.6,
    example: "502 5.5.1 Unrecognized command. a1b2c3 - gsmtp",
    source: "e2e/fixtures/smtp/scenarios/google-submission.ts (Gmail persona)",
  },

  // Protocol.
  {
    cause: "protocol-error",
    pattern:
      /Invalid\/unsupported command|unsupported command|Invalid command|command not (?:implemented|recogni[sz]ed)|synchroni[sz]ation error|Bad sequence of commands|commands? out of (?:order|sequence)|\binvalid (?:SMTP )?command order\b/i,
    confidence: 0.7,
    example: "502 Invalid/unsupported command",
    source: "RFC 5321 §4.2.3 (500/502); https://github.com/haraka/Haraka (502 Invalid/unsupported command)",
  },
  {
    cause: "protocol-error",
    pattern: /\bSend (?:hello|EHLO|HELO) first\b/i,
    confidence: 0.94,
    example:
      "Heartbleed -service=smtp smtp.office365.com:587\n2014/04/11 10:17:51 smtp.office365.com:587 - ERROR: Server does not support STARTTLS (503 5.5.2 Send hello first)",
    source:
      "https://github.com/FiloSottile/Heartbleed/issues/62; RFC 5321 §4.1.4 (a session opens with EHLO or HELO; another command first is a bad sequence, 503)",
  },
  {
    cause: "protocol-error",
    pattern: /Too many (?:nonmail|bad|invalid|unrecognized|unknown|erroneous) commands/i,
    confidence: 0.9,
    example: "554 Too many nonmail commands",
    source:
      "Exim/exim src/src/smtp_in.c (TOO_MANY_NONMAIL_CMD); hrs-allbsd/sendmail sendmail/srvrsmtp.c (MAXBADCOMMANDS); https://github.com/b1gMail/b1gMailServer/blob/HEAD/src/smtp/smtp.cpp",
  },
  {
    cause: "protocol-error",
    pattern:
      /improper command pipelining after|pre-greeting traffic|sent data before SMTP greeting|too many syntax or protocol errors|Excessive amounts of data sent/i,
    confidence: 0.9,
    example:
      "Jan 14 15:23:04 b6d947e79e6d postfix/smtpd[476]: improper command pipelining after CONNECT from unknown[192.0.2.76]: \\377\\373\\037\\377\\373 \\377\\373\\030\\377\\373'\\377\\375\\001\\377\\373\\003\\377\\375\\003\nJan 14 15:23:04 b6d947e79e6d postfix/smtpd[476]: disconnect from unknown[192.0.2.76] commands=0/0",
    source:
      "https://github.com/loganmarchione/docker-postfixrelay/issues/57; https://github.com/nagios-plugins/nagios-plugins/issues/145; fail2ban/fail2ban fail2ban/tests/files/logs/sendmail-reject (debian fail2ban 1.0.2-2); fail2ban/fail2ban fail2ban/tests/files/logs/kerio (debian fail2ban 1.0.2-2); fail2ban/fail2ban fail2ban/tests/files/logs/exim; https://nitindupare.blogspot.com/2012/09/smtp-error-messages.html (hMailServer SMTP error messages)",
  },
  {
    cause: "protocol-error",
    pattern:
      /You talk too soon|talking too (?:soon|early)|pre-?greet|Improper use of SMTP command pipelining|sent (?:data|commands) before (?:the )?greeting/i,
    confidence: 0.85,
    example: "421 mail.example.com You talk too soon",
    source: "nodemailer/smtp-server lib/smtp-connection.js; postfix postscreen (pregreet test)",
  },
  {
    cause: "protocol-error",
    pattern:
      /(?:no )?commands? (?:allowed )?to pipeline after STARTTLS|\bcommands? pipelined after STARTTLS\b|pipelin\w* (?:is )?not (?:allowed|permitted)/i,
    confidence: 0.9,
    example:
      '454, "4.5.0", SMTP protocol violation, no commands allowed to pipeline after STARTTLS, see RFC 3207.',
    source: "https://www.entertop.net/knowledge/smtp-error-reference/; RFC 3207 §4.2",
  },
  {
    cause: "protocol-error",
    pattern: /sender already (?:given|specified)|nested MAIL command/i,
    confidence: 0.88,
    example: "SMTP server error: sender already given",
    source: "https://github.com/soonick/poMMo/issues/220; RFC 5321 §3.3 (503 for a second MAIL)",
  },
  {
    cause: "protocol-error",
    pattern: /\bstarted transmitting before SMTP greeting\b|\btalked too soon\b/i,
    confidence: 0.88,
    example: "450 Connecting host started transmitting before SMTP greeting",
    source: "smtpd/qpsmtpd plugins/earlytalker",
  },
  {
    // Postfix: smtpd_junk_command_limit / unauth pipelining, and its answer to a client that talks before the greeting.
    cause: "protocol-error",
    pattern: /too many unauthenticated commands|I can break rules, too/i,
    confidence: 0.9,
    example:
      "Service not available, closing transmission channel. The server respons e was: Error: too many unauthenticated commands",
    source:
      "https://github.com/SMTP2Graph/SMTP2Graph/issues/32; https://github.com/takeyamajp/docker-postfix/issues/6",
  },
  {
    cause: "protocol-error",
    pattern: /\bYou already said (?:HELO|EHLO)\b/i,
    confidence: 0.88,
    example: "MailKit.Net.Smtp.SmtpCommandException: You already said HELO",
    source: "https://github.com/jstedfast/MailKit/pull/466",
  },
  {
    cause: "protocol-error",
    pattern: /\bPipelining not supported\b/i,
    confidence: 0.85,
    example: "smtp: 0x801d89000: >>> 500 Pipelining not supported",
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/214",
  },
  {
    // The family: a command before the session's EHLO/HELO (or before a new EHLO after STARTTLS,
    // RFC 3207 §4.2), however the server words its 503: "send HELO/EHLO first", "Use HELO/EHLO
    // first", "EHLO/HELO first please".
    cause: "protocol-error",
    pattern: /\b(?:HELO\/EHLO|EHLO\/HELO|HELO|EHLO)(?: or (?:HELO|EHLO))? first\b/i,
    confidence: 0.9,
    example: "AUTH LOGIN\n503 Error: send HELO/EHLO first",
    source:
      "https://nitindupare.blogspot.com/2012/09/smtp-error-messages.html (hMailServer SMTP error messages); aio-libs/aiosmtpd:aiosmtpd/tests/test_starttls.py; https://pastebin.com/yJvD0fLt; https://github.com/uplusware/erisemail/issues/1; https://github.com/postalserver/postal/issues/785; RFC 5321 §4.1.4",
  },
  {
    // The family: the server names an "SMTP protocol violation" (pipelining where it is not
    // allowed, a second MAIL, input sent too soon): the client broke the protocol's sequence.
    cause: "protocol-error",
    pattern: /\bSMTP protocol violation\b|\bRejected: protocol violation\b/i,
    confidence: 0.85,
    example: "451 4.5.0 SMTP protocol violation, see RFC 2821",
    source:
      "https://www.entertop.net/knowledge/smtp-error-reference/; https://github.com/knadh/listmonk/issues/1073; https://github.com/Exim/exim/wiki/Q0086; https://www.wordtothewise.com/2008/11/gmail-problems; https://github.com/davidgiven/spey/blob/HEAD/src/MessageProcessor.cc",
  },
  {
    // RFC 4954 section 4: the client answered a challenge with "*", cancelling its own AUTH; the
    // server's "501 Authentication aborted" (Postfix, Dovecot, Exim) names the client's exchange.
    cause: "protocol-error",
    pattern: /\bAuthentication (?:aborted|cancell?ed)\b(?! by (?:the )?server)/i,
    confidence: 0.7,
    stages: ["auth"],
    example: "501 5.7.0 Authentication aborted",
    source:
      'RFC 4954 section 4; vdukhovni/postfix postfix/src/smtpd/smtpd_sasl_glue.c ("501 5.7.0 Authentication aborted"); https://github.com/jakartaee/mail-api/issues/155',
  },
  {
    // The command itself was not well formed ("MAIL FROM user@…" without its colon and brackets).
    cause: "protocol-error",
    pattern: /\bInvalid syntax in (?:MAIL|RCPT|HELO|EHLO|DATA|AUTH)\b(?: command)?/i,
    confidence: 0.75,
    example: "550 Invalid syntax in MAIL command",
    source: "mailhog/MailHog-Server smtp/protocol.go; https://github.com/phpList/phplist-docker/issues/22",
  },
  {
    // The family: AUTH sent again in a session that has already signed in ("503 5.5.1 already
    // authenticated", smtp-server's "No identity changes permitted"): a client's out-of-order command.
    cause: "protocol-error",
    pattern: /\balready authenticated\b|\bNo identity changes permitted\b/i,
    confidence: 0.8,
    stages: ["auth", "mail"],
    example: "503 5.5.1 already authenticated",
    source:
      "Go go-smtp session Auth with updateTLSState and isAuthenticated (code index id 65720454286); TypeScript port of smtp-server SMTPConnection.handler_AUTH (code index id 24206697075)",
  },
  {
    // "Too many errors" closes a session after repeated refusals of any kind: bad commands (6 of 13
    // such replies), but also failed sign-ins, rate limits and blocklists; a weak reading.
    cause: "protocol-error",
    pattern: /\btoo many errors\b/i,
    confidence: 0.5,
    example: "421 4.7.0 Too many errors",
    source: EXIM,
  },
  {
    // A parameter or option the server does not implement (a MAIL or RCPT extension such as SIZE or
    // NOTIFY, an argument): RFC 5321's own text for 504 and servers' own words for it.
    cause: "protocol-error",
    pattern:
      /\bCommand parameter not implemented\b|\bUnsupported parameters?\b|\b(?:Unrecognized or )?unsupported option\b/i,
    confidence: 0.8,
    example: "504 Command parameter not implemented",
    source:
      "RFC 5321 §4.2.2 (504 Command parameter not implemented); smtpf mail tests filter mailTestsMail (code index id 17034528131); https://github.com/InterLinked1/lbbs/blob/HEAD/nets/net_smtp.c; https://github.com/gen-smtp/gen_smtp/blob/HEAD/src/gen_smtp_server_session.erl; https://github.com/Marak/node_mailer/issues/8; https://github.com/Extended-Thunder/send-later/issues/757",
  },
  {
    // sendmail's check for a client that speaks like an open proxy (HTTP or SOCKS at the greeting).
    cause: "protocol-error",
    pattern: /\bRejecting open proxy\b/i,
    confidence: 0.8,
    example: "421 4.7.0 mail.example.com Rejecting open proxy client.example.net [198.51.100.7]",
    source:
      "code index id 749904920 (sendmail sendmail/srvrsmtp.c, copy with MILTER/SASL code); public lab write-up (KodeKloud-style troubleshooting notes) quoting a curl transcript (code index id 24197608460)",
  },
  {
    // The family: the client broke the SMTP dialogue (a protocol violation, a garbled or over-long command, talking before the greeting, too many protocol errors).
    cause: "protocol-error",
    pattern:
      /\bprotocol violation\b(?! The server response)|\bGarbled command\b|\bcommand too long\b|\bdata before (?:the )?(?:SMTP )?greeting\b|\btoo many commands before STARTTLS\b|\btoo many (?:syntax or )?protocol errors\b|^\W*Protocol error\W*$/i,
    confidence: 0.75,
    example: "Protocol error",
    source:
      "fail2ban/fail2ban fail2ban/tests/files/logs/exim; fail2ban/fail2ban fail2ban/tests/files/logs/kerio (debian fail2ban 1.0.2-2); https://www.entertop.net/knowledge/smtp-error-reference/; https://github.com/knadh/listmonk/issues/1073; docker-mailserver/docker-mailserver test/tests/parallel/set1/spam_virus/postscreen.bats ('should fail send when talking out of turn', asserted partial output); https://github.com/Exim/exim/wiki/Q0086; https://www.wordtothewise.com/2008/11/gmail-problems; Patched qmail-smtpd.c with die_pre_greet, err_brt and AUTH_CDB (code index id 41997208190); code index id 749904920 (sendmail sendmail/srvrsmtp.c, copy with MILTER/SASL code) (smtp(), inplen > MAXLINE); https://github.com/siebenmann/smtpd/blob/HEAD/smtpd.go; https://github.com/davidgiven/spey/blob/HEAD/src/MessageProcessor.cc; SMTP submission OAuth proxy documentation (XOAUTH2/OAUTHBEARER), tables 'SMTP: before TLS' / 'SMTP: after TLS' (code index id 70879263381)",
  },
  {
    // The family: the client broke the dialogue itself (sendmail's 'Rejecting open proxy' for a client that spoke HTTP or garbage, Exim's 'too many syntax or protocol errors', data sent before the greeting).
    cause: "protocol-error",
    pattern:
      /\bRejecting open proxy\b|\btoo many (?:syntax or protocol|protocol|syntax) errors\b|\b(?:sent|talked) data before (?:the )?(?:SMTP )?(?:greeting|banner)\b/i,
    confidence: 0.8,
    example: "421 4.7.0 mail.example.com Rejecting open proxy client.example.net [198.51.100.7]",
    source:
      "fail2ban/fail2ban fail2ban/tests/files/logs/exim; fail2ban/fail2ban fail2ban/tests/files/logs/kerio (debian fail2ban 1.0.2-2); public lab write-up (KodeKloud-style troubleshooting notes) quoting a curl transcript (code index id 24197608460); code index id 749904920 (sendmail sendmail/srvrsmtp.c, copy with MILTER/SASL code) (smtp(), http_cmds check on first command)",
  },
  {
    // The family: a command came before the client introduced itself ('NO HELO OR EHLO', 'Mail before helo'): the order of commands, not the name given.
    cause: "protocol-error",
    pattern:
      /\bno (?:HELO|EHLO)\b|\bwithout (?:a )?(?:HELO|EHLO)\b|\b(?:HELO|EHLO) (?:was )?not (?:sent|received|given)|\bbefore (?:HELO|EHLO)\b/i,
    confidence: 0.75,
    example: "500 Mail before helo",
    source:
      "https://github.com/ZenProjects/phpSMTPd/blob/62a6134203855505de0cd414250f6743ebcadec9/vendor/phpSMTPd/SMTP/Server/SMTPServer.php; Return Path maillog-parser Exim log parser example lines (code index id 20615817109)",
  },
  {
    // Postfix's warning when a client sends something that is not an SMTP command (an HTTP request, a message body out of turn): the conversation's order or form, not a setting of the mail.
    cause: "protocol-error",
    pattern: /\bnon-SMTP command\b/i,
    confidence: 0.8,
    example:
      "Jun 26 02:39:40 mframe1 postfix/smtpd[20570]: warning: non-SMTP command from localhost[127.0.0.1]: Content-Type: text/html;",
    source:
      "https://github.com/33hops/xsibackup/issues/12; code index id 9243041356 (lHydra/postfix_parser mail.log)",
  },
]);
