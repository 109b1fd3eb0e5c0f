import { gettextWording } from "../reply-patterns/gettext-languages";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { GO_SMTP, MAILKIT, POSTFIX, PYTHON } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The server does not offer authentication": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "auth-not-offered",
    origin: "client",
    pattern:
      /SMTP AUTH extension not supported by server|smtp: server doesn't support AUTH|SMTP server does not support authentication(?! (?:method|mechanism|type))|server does not support authentication(?! (?:method|mechanism|type))/i,
    confidence: 0.9,
    example: "smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.",
    source: `${PYTHON}; ${GO_SMTP}; ${MAILKIT}`,
  },

  {
    cause: "auth-not-offered",
    pattern:
      /authentication not enabled|AUTH (?:command )?(?:is )?not (?:available|supported|implemented|enabled|offered)|SMTP AUTH extension not supported|does not support authentication(?! (?:method|mechanism|type))|Authentication not supported|\bAuthentication not (?:allowed|possible)\b(?! (?:without|before|over|unless|until)\b)|\bAuthentication\b[^.\n]{0,20}\bnot offered\b/i,
    confidence: 0.92,
    example: "503 5.5.1 Error: authentication not enabled",
    source: `${POSTFIX}/smtpd_sasl_proto.c; https://github.com/zammad/zammad/blob/HEAD/lib/email_helper/probe.rb`,
  },
  {
    // The server does not know AUTH at all (no SMTP AUTH on this port or endpoint).
    cause: "auth-not-offered",
    pattern:
      /AUTH command used when not advertised|command "?AUTH"? (?:is )?(?:not recogni[sz]ed|not implemented|unrecogni[sz]ed)|Unrecogni[sz]ed command:? "?AUTH\b/i,
    confidence: 0.92,
    example: '500 Error: command "AUTH" not recognized',
    source:
      "Exim/exim src/smtp_in.c ('AUTH command used when not advertised'); RFC 4954 §3 (AUTH only after the server advertised it)",
  },
  {
    cause: "auth-not-offered",
    pattern:
      /authentication only allowed on submission ports|AUTH (?:is )?(?:only )?(?:allowed|available) (?:only )?on (?:the )?submission port/i,
    confidence: 0.9,
    example:
      'l=debug m="smtp command result" err="authentication only allowed on submission ports" pkg=smtpserver kind=smtp cmd=auth code=503 ecode=5.5.1 duration="217.213s" cid=18b03d7fff9 delta=720.209173ms',
    source: "https://github.com/mjl-/mox/issues/74",
  },
  {
    cause: "auth-not-offered",
    pattern: /does not advertise AUTH capability/i,
    confidence: 0.92,
    origin: "client",
    example: "Unspecified Error (SENT_EHLO): Smtp server does not advertise AUTH capability, code: 0",
    source: "https://github.com/Mailu/Mailu/issues/984",
  },
  {
    cause: "auth-not-offered",
    pattern: /не передбачено підтримки розпізнавання|servern stöder inte autentisering/i,
    confidence: 0.9,
    origin: "client",
    example: "на сервері не передбачено підтримки розпізнавання",
    source:
      "marlam/msmtp po/uk.po (Debian msmtp 1.8.23-1, /usr/share/locale/uk/LC_MESSAGES/msmtp.mo); marlam/msmtp po/sv.po (Debian msmtp 1.8.23-1, /usr/share/locale/sv/LC_MESSAGES/msmtp.mo)",
  },
  {
    cause: "auth-not-offered",
    pattern: /Authentication not allowed on \w+ Servers/i,
    confidence: 0.88,
    example: "535 Authentication not allowed on IBSMTP Servers. IB401",
    source:
      "sisimai/p5-sisimai:lib/Sisimai/Rhost/GoDaddy.pm (quoting https://www.godaddy.com/help/what-does-my-email-bounceback-mean-3568)",
  },
  {
    // Go mail libraries: the EHLO reply lists no AUTH.
    cause: "auth-not-offered",
    pattern: /server does(?: not|n't) support (?:SMTP )?AUTH(?:entication)?\b(?! (?:method|mechanism|type))/i,
    confidence: 0.88,
    origin: "client",
    example: "failed to send magic code email: dial failed: server does not support SMTP AUTH",
    source: "https://github.com/Notifuse/notifuse/issues/83",
  },
  {
    cause: "auth-not-offered",
    pattern: /der Server unterstützt keine Authentifizierung/i,
    confidence: 0.88,
    origin: "client",
    example: "der Server unterstützt keine Authentifizierung",
    source: "marlam/msmtp po/de.po ('the server does not support authentication')",
  },
  {
    // An AUTH the server does not know at all: it offers no sign-in (often not before STARTTLS).
    cause: "auth-not-offered",
    pattern:
      /\b(?:Invalid command: Command not supported|Unrecognized command|Command not (?:recognized|implemented|supported)|unknown command)\b/i,
    stages: ["auth"],
    requireStage: true,
    confidence: 0.75,
    example: "Error: Invalid login: 503 5.5.1 Invalid command: Command not supported",
    source:
      "https://github.com/lukevella/rallly/issues/46 (OpenSMTPD); https://github.com/flashmob/go-guerrilla/issues/242",
  },
  {
    // Outlook's "None of the authentication methods supported by this client are supported by your server", in German.
    cause: "auth-not-offered",
    pattern: /keine der von diesem Client unterst(?:ü|ue)tzten Authentifizierungsmethoden/i,
    confidence: 0.9,
    example:
      "Vom Server wird keine der von diesem Client unterstützten Authentifizierungsmethoden unterstützt",
    source: "https://github.com/mailcow/mailcow/issues/463",
  },
  {
    // lettre's words when the server's EHLO lists no AUTH it can use: in every source an EHLO with no AUTH at all (before STARTTLS, or an MX endpoint), not a list of foreign mechanisms.
    cause: "auth-not-offered",
    pattern: /No compatible authentication mechanism was found/i,
    confidence: 0.9,
    origin: "client",
    example: "SMTP: No compatible authentication mechanism was found",
    source:
      "https://github.com/dani-garcia/vaultwarden/issues/3511; https://github.com/dani-garcia/vaultwarden/issues/1358; https://github.com/LemmyNet/lemmy/issues/3553",
  },
  {
    // Perl's Net::SMTP makes up "Command unknown: 'AUTH'" itself when the EHLO reply lists no AUTH (git-send-email prints it): the server offered no sign-in on that connection.
    cause: "auth-not-offered",
    pattern: /\bCommand unknown: '?AUTH'?/,
    confidence: 0.75,
    origin: "client",
    example: "Command unknown: 'AUTH' at /usr/lib/git-core/git-send-email line 1573.",
    source:
      "git mailing list, Ævar Arnfjörð Bjarmason, 2021-05-06, 'Re: git send-email says AUTH is unknown command?' <87k0obvqa1.fsf@evledraar.gmail.com> (code index id 14521890139); git mailing list, Olaf Hering, question on overriding global sendemail settings per repository (code index id 1308709301)",
  },
  {
    // Swift Mailer found none of its mechanisms in the EHLO reply's AUTH line (or no AUTH line at all).
    cause: "auth-not-offered",
    pattern: /\busing 0 possible authenticators\b/i,
    confidence: 0.88,
    origin: "client",
    example: 'Failed to authenticate on SMTP server with username "bcpuser" using 0 possible authenticators',
    source: "https://github.com/kanboard/kanboard/issues/345",
  },
  gettextWording(
    "auth-not-offered",
    ["msmtp:the server does not support authentication"],
    0.9,
    "der Server unterstützt keine Authentifizierung",
  ),
  {
    // Exchange to Exchange: the receive connector the message reached does not offer Exchange Server authentication (a relay connector catching the servers' range, or permissions lost on Default Frontend).
    cause: "auth-not-offered",
    pattern: /\bCannot achieve Exchange Server authentication\b/i,
    confidence: 0.8,
    example:
      "451 4.4.395 Target host responded with error. -> 451 5.7.3 Cannot achieve Exchange Server authentication",
    source:
      "https://frankysweb.de/en/exchange-server-451-5-7-3-cannot-achieve-exchange-server-authentication; http://byronwright.blogspot.nl/2013/06/exchange-authentication-error.html; https://www.exchangemaster.ch/faq000163/",
  },
  {
    // The concept: a client saying the server does not support sign-in at all, however it names
    // it ("doesn't support SMTP-AUTH", "does not support authentication"); a named method or type
    // the server lacks is auth-mechanism-unsupported.
    cause: "auth-not-offered",
    pattern:
      /\b(?:does not|doesn['’]?t) support (?:SMTP[- ]?AUTH\b|AUTH\b|authentication\b)(?! (?:method|mechanism|type|scheme))/i,
    confidence: 0.88,
    example: "The server doesn't support SMTP-AUTH.",
    source:
      "https://github.com/Zimbra/zm-mailbox/blob/04aa15c6591acda801ebd3564bd87a530988ae55/src/java-test/com/zimbra/cs/mailclient/smtp/SmtpTransportTest.java; marlam/msmtp po/de.po ('the server does not support authentication')",
  },
  {
    // The family: the client found no sign-in method in what the server offered (often none before STARTTLS), in clients' own words.
    cause: "auth-not-offered",
    pattern:
      /\bdid not advertise (?:a|any) supported authentication mechanism\b|\bNone of the authentication methods supported by (?:this|the) client\b|\bpreferred authori[sz]ation methods could not be found\b|keine der von diesem Client unterstützten Authentifizierungsmethoden/i,
    confidence: 0.8,
    example: "the server did not advertise a supported authentication mechanism",
    source:
      "https://github.com/mailcow/mailcow/issues/463; Ubuntu Forums archive (https://github.com/Ubuntu-Community-Team/Ubuntu-Forums-Archive), thread by FawnOfFeist, posts of 2008-10-23 on Postfix relay and Outlook authentication (code index id 57073389785); https://github.com/ruslandoga/mua/blob/017f95ec2df8434980a830b95e36e8179a81046f/lib/mua/protocol_error.ex; https://github.com/Kitura/Swift-SMTP/blob/737bd39423301e925b6214cdf4253f6c3854c4fd/Sources/SwiftSMTP/SMTPError.swift",
  },
]);
