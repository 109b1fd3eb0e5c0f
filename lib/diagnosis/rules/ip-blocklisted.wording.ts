import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { MS_NDR, SMTP_CODES } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

const LISTS = String.raw`spamhaus|barracuda(?:central)?|spamcop|sorbs|uceprotect|cloudmark|spamrats|psbl|mailspike|abuseat|\bcbl\b|invaluement|senderscore|proofpoint|\bdnsbl\b|\brbl\b|black ?list|block ?list`;

/**
 * How servers and client libraries word "The sending IP address is on a blocklist": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    // The sending IP "is listed by/in" a list: above a spam filter's own words beside it.
    cause: "ip-blocklisted",
    pattern: /\bIP(?: address|-ADDRESS)? (?:is )?listed (?:by|in|on|at)\b/i,
    confidence: 0.9,
    example: "550 Spam message rejected because IP is listed by ...",
    source:
      "https://github.com/M66B/FairEmail/blob/dd503c8197a238baeaf0a551fda98071526126e6/FAQ.md; https://help.url.com.tw/1989.html",
  },
  {
    cause: "ip-blocklisted",
    pattern:
      /blocked using (?!spam pattern\b)[\w.-]+|(?:is |was )?(?<!\bnot |n't )listed (?:in|on|at|by) (?:the )?(?:[\w.'-]+ ){0,3}(?:block ?list|black ?list|spamhaus|barracuda|spamcop|sorbs|\bsbl\b|\bxbl\b|\bpbl\b|[\w-]+\.[a-z]{2,})|rejected due to listing in|in a black ?list at|\bis in an RBL\b|blocked by (?:RBL|DNSBL)|banned sending IP|on our block ?list|\b(?:IP|IP address|client|host)(?: \[[\d.:a-f]+\]| \(?[\d.:a-f]*\d[\d.:a-f]*\)?)? (?:is |has been )?(?:block|black|deny)[- ]?listed\b/i,
    confidence: 0.92,
    example:
      "550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.5 AS(1450) [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]",
    source: "Cleichleiter/smtp-diagnostics-m365 examples/real-world-failure-spamhaus.md (the founding case)",
  },

  {
    cause: "ip-blocklisted",
    // Not where the receiver says its own lookup of the list failed ("temporary RBL lookup error"):
    // nothing was found listed.
    pattern: new RegExp(`\\b(?:${LISTS})\\b(?!:? (?:lookup|query) (?:error|fail))`, "i"),
    confidence: 0.8,
    example:
      "553 Mail from 203.0.113.5 not allowed - 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL [550]",
    source: `${SMTP_CODES}/553.json`,
  },

  {
    cause: "ip-blocklisted",
    pattern:
      /ipcheck\.proofpoint\.com|Email Reputation Service|Client host (?:\[[^\]]*\] )?blocked for spamming|not authorized to send (?:e-?mail )?directly to our servers|\[BL2\d\]|\((?:A?S)31[45]0\)|\bSC-00\d\b|part of their network is on our block list/i,
    confidence: 0.9,
    example:
      "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    source: "https://github.com/regnull/ubikom/issues/26",
  },

  {
    // Deutsche Telekom (T-Online) tags its refusals; "(BL)" is its blocklist. Contact tosa@rx.t-online.de.
    cause: "ip-blocklisted",
    pattern: /(?:^|\s)\(BL\)(?=[\s"'.,;)\]]|$)/i,
    confidence: 0.85,
    example:
      "554 IP=203.0.113.7 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)",
    source:
      "https://github.com/mailcow/mailcow-dockerized/issues/2639 (maintainer: 'IP ist blacklisted'); https://postmaster.t-online.de/",
  },

  {
    cause: "ip-blocklisted",
    pattern: /banned sender/i,
    stages: ["resolve", "connect", "greeting", "ehlo", "tls"],
    confidence: 0.82,
    example: "Access denied, banned sender",
    source: `${MS_NDR} (5.7.511)`,
  },

  {
    cause: "ip-blocklisted",
    pattern: /(?:dynamic|dynamically[- ]assigned|residential|dial-?up) (?:IP|address|range|pool)/i,
    confidence: 0.7,
    example:
      "550 DY-001 (BAY0-MC1-F3) Unfortunately, messages from 203.0.113.10 weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges.",
    source: "https://github.com/warmshowers/Warmshowers.org/issues/240",
  },

  // Reputation and the receiver's own rules.
  {
    // Named reputation services are blocklists in the catalogue's sense, even when the reply says "reputation".
    cause: "ip-blocklisted",
    pattern:
      /Cloudmark Sender Intelligence|csi\.cloudmark\.com|\bERS-(?:DUL|QIL|RBL)\b|servicecentral\.trendmicro\.com|\bblock for spam\b|\bRBL\+?\b.*(?:listed|found)/i,
    confidence: 0.95,
    example:
      "554 CMGW IB103. Connection refused. 203.0.113.198 has a poor reputation on Cloudmark Sender Intelligence (CSI).",
    source:
      "https://github.com/jstanden/cerb/issues/1628; https://github.com/thunderbird/mailstrom/issues/197; https://github.com/ActiveCampaign/smtp-field-manual/pull/65",
  },

  {
    cause: "ip-blocklisted",
    pattern:
      /dynamically[- ]assigned IP|\bDY-001\b|All messages from \S+ will be permanently deferred|\bTSS0[4-9]\b.{0,40}permanently/i,
    confidence: 0.9,
    example:
      "550 DY-001 Unfortunately, messages from 203.0.113.10 weren't sent. Hotmail does not relay dynamically-assigned IP ranges.",
    source:
      "Outlook.com postmaster (DY-001, dynamic IP ranges); https://github.com/hardware/mailserver/issues/206",
  },
  {
    cause: "ip-blocklisted",
    pattern:
      /IP (?:source )?blo(?:ck|qu)ee? par \w+|IP blocked by (?:Abusix|Spamhaus|Spamcop|SORBS|Barracuda|UCEPROTECT|\w+ (?:RBL|DNSBL))|blocked by ldap:ou=rblmx/i,
    confidence: 0.9,
    example:
      "<user@example.fr>: host smtp-in.orange.fr[80.12.26.32] refused to\ntalk to me: 550 opmta1mti49nd1 smtp.orange.fr Z6LftNSlNMMrX Adresse IP source\nbloquee par Abusix. IP blocked by Abusix, OFR004_100 please visit\nhttps://lookup.abusix.com/search?q=192.0.2.126 [100]",
    source:
      "https://github.com/osm-fr/infrastructure/issues/603; http://worldnet.att.net/general-info/bls_info/block_enduser.html",
  },
  {
    cause: "ip-blocklisted",
    pattern: /Client host \[[^\]]*\] blocked\b/i,
    confidence: 0.9,
    example: "554 5.7.1 Service unavailable; Client host [xxx.xxx.xxx.xxx] blocked you may be infected",
    source: "https://docs.gandi.net/en/gandimail/faq/error_types/554_5_7_1_service_unavailable.html",
  },
  {
    cause: "ip-blocklisted",
    pattern: /found on one or more RBLs|for Zombie matches|Dialup\/transient IP not allowed/i,
    confidence: 0.9,
    example:
      "554 192.0.2.10 found on one or more RBLs (abusixip). Refer to https://developers.cloudflare.com/email-service/reference/postmaster/#realtime-block-lists",
    source:
      "https://developers.cloudflare.com/email-service/reference/postmaster/ (mirrored in azumakuniyuki/feb-2024-no-auth-no-entry cloudflare-postmaster.md); https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes; https://github.com/chatmail/provider-db/issues/280",
  },
  {
    cause: "ip-blocklisted",
    pattern:
      /Sender IP \([^)]*\) is blacklisted|is blocked from sending\. Probably due to sending spam|AUP#CXBL\b/i,
    confidence: 0.9,
    example: "server response was: 550 Sender IP (XX.XX.XX.XX) is blacklisted at",
    source:
      "https://support.awcwebdesign.com/knowledge-base/article/sender-ip-blacklisted; http://support.aa.net.uk/index.php?diff=next&diff-type=inline&diffonly=1&oldid=6639&title=Sending_Email_Errors; https://forums.cox.com/discussions/internet/emails-to-me-from-rice-edu-being-rejected-aupcxbl-error-554-5-0-0/122275",
  },
  {
    cause: "ip-blocklisted",
    pattern: /IP blacklisted in\b/i,
    confidence: 0.9,
    example:
      "2021-02-09 03:52:10,145 [\"hostmx01.example.in: (554, b'mx.example.in\\\\nIP blacklisted in http://www.senderbase.org')\", \"hostmx02.example.in: (554, b'mx.example.in\\\\nIP blacklisted in http://www.senderbase.org')\"]",
    source: "https://github.com/karolyi/py3-validate-email/issues/46",
  },
  {
    cause: "ip-blocklisted",
    pattern: /(?:from|on) (?:a )?blacklisted IP|Blocked for abuse/i,
    confidence: 0.88,
    example:
      "PLESK_INFO: 550 mail not accepted from blacklisted IP address [203.0.113.2] (in reply to MAIL FROM command)",
    source:
      "https://support.plesk.com/hc/en-us/articles/12377216408855-An-IP-address-of-a-Plesk-mail-server-got-blacklisted-How-to-troubleshoot; http://worldnet.att.net/general-info/mail_info/block_enduser.html",
  },
  {
    // A receiver that names the blocklist says it is a listing, whatever its own code (Yahoo TSS07).
    cause: "ip-blocklisted",
    pattern: /(?:ip|address|host) (?:is )?(?:in|on|listed (?:in|on|by)) (?:the )?Spamhaus(?:'s)?\b/i,
    confidence: 0.95,
    example:
      "553 5.7.1 [TSS07] Connections will not be accepted from 203.0.113.121, because the ip is in Spamhaus's list; see https://postmaster.verizonmedia.com/error-codes",
    source: "https://github.com/chenjj/espoofer/issues/15; https://senders.yahooinc.com/smtp-error-codes/",
  },
  {
    // Postfix's DNSBL refusal, whatever list it names (a domain, a placeholder, or nothing).
    cause: "ip-blocklisted",
    pattern: /Client host \[[^\]]*\] blocked using\b|\bblocked using </i,
    confidence: 0.93,
    example: "550 #5.7.1 service unavailable; client [192.0.2.4] blocked using <spam.black.liste>",
    source:
      "vdukhovni/postfix postfix/src/smtpd/smtpd_check.c (reject_rbl_client: 'Client host [%s] blocked using %s'); https://orange-panther.de/support/e-mail-debug/",
  },
  {
    // AOL's dynamic/residential IP block, as for other dynamic-IP lists.
    cause: "ip-blocklisted",
    pattern: /\bRTR:DU\b/i,
    confidence: 0.88,
    example: "554 RTR:DU\n    http://postmaster.info.aol.com/errors/554rtrdu.html",
    source: "http://postmaster.info.aol.com/errors/ (RTR:DU: dynamic or residential IP)",
  },
  {
    // Trend Micro's ERS (MAPS) is a DNS blocklist of IPs.
    cause: "ip-blocklisted",
    pattern: /Email Reputation (?:Services?|database)|mail-abuse\.com/i,
    confidence: 0.9,
    example:
      "Mail from [ip address] deferred using Trend Micro Email Reputation database. Please see https://www.mail-abuse.com/cgi-bin/lookup?[ip address]",
    source: "https://hardwaresecrets.com/understanding-email-bounce-messages/4/",
  },
  {
    // Comcast/Xfinity's codes for a connecting IP on a blocklist (Spamhaus, Cloudmark) or in a residential/dynamic range.
    cause: "ip-blocklisted",
    pattern: /\bBL0000(?:00|01|10)\b|\bBL00[0-9]\b|\bES0000(?:01|10)\b/i,
    confidence: 0.85,
    example: "BL000001",
    source:
      "http://postmaster.comcast.net/mail-error-codes.html; https://es.xfinity.com/support/articles/email-errors; https://business.comcast.com/help-and-support/internet/email-bounce-back-messages/",
  },
  {
    // Cox: the sending IP is on Cox's or a public blocklist.
    cause: "ip-blocklisted",
    pattern: /\bCXBL\b|\bIPBL\d{4}\b/i,
    confidence: 0.85,
    example: "CXBL",
    source: "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes",
  },
  {
    cause: "ip-blocklisted",
    pattern:
      /Sender blocked error|(?:Dynamic|zombied|spam)(?:\/(?:Dynamic|zombied|spam))* IPs blocked|\bIP\b[^.;\n]{0,60}\bis blocked by\b|\bERS-[\w-]*Block\b/i,
    confidence: 0.85,
    example:
      "PERM_FAILURE: SMTP Error (state 8): 550 550 Dynamic/zombied/spam IPs blocked. Write blockedbyearthlink@earthlink.net",
    source:
      "https://postmaster-earthlink.vadesecure.com/inbound_error_codes; https://support.earthlink.net/articles/email/email-blocked-by-earthlink.php; https://www.rackaid.com/blog/how-to-remove-your-email-server-ip-from-earthlinks-blacklist/; https://smtp.codes/trendmicro (data: fm/smtp-codes data/codes/550.json)",
  },
  {
    // The connecting IP is on a named list (FortiGuard's antispam IP list): a listing, whatever the message says.
    cause: "ip-blocklisted",
    pattern: /\bis (?:blocklisted|blacklisted) by \w+|This email from IP has been rejected/i,
    confidence: 0.95,
    example:
      "x.x.x.x is blocklisted by FortiGuard. This email from IP has been rejected. The email message was  detected as spam.",
    source: "https://community.fortinet.com/t5/FortiGate/Troubleshooting-Tip-Email-alert/ta-p/199344",
  },
  {
    cause: "ip-blocklisted",
    pattern:
      /\bIP:? ?\[?[\d.]{7,15}\]? (?:is|has been) (?:blocked|blacklisted|blocklisted) by\b|\(CON:B1\)|\b554conb1\b/i,
    confidence: 0.9,
    example: "550 IP 203.0.113.212 is blocked by EarthLink. Go to earthlink.net/block for details.",
    source:
      "https://www.earthlink.net/block (EarthLink's IP blocks); http://postmaster.info.aol.com/errors/554conb1.html (AOL CON:B1: the IP is on AOL's block list)",
  },
  {
    // Domino's default text for a connection its DNS blocklist check refused.
    cause: "ip-blocklisted",
    pattern: /Connection denied based on policy reason/i,
    confidence: 0.75,
    stages: ["connect", "greeting"],
    example: "Connection denied based on policy reason",
    source: "https://manualshive.com/en/manual/ibm/ah0qxml-lotus-domino-messaging/3364478?page=47",
  },
  {
    cause: "ip-blocklisted",
    pattern:
      /\b(?:E-?mail|mail|messages?) from \[?[\d.]{7,15}\]? (?:is|are) (?:currently |temporarily )?blocked by\b/i,
    confidence: 0.88,
    example:
      "571 Email from 203.0.113.5 is currently blocked by Verizon Online's anti-spam system. The email sender or Email Service Provider may visit",
    source:
      "code index id 56717303011 (Ubuntu Forums archive thread 'All forums really need yours help for mail server', 2016-12-25)",
  },
  {
    // Outlook.com's S3150 block-list reply in Spanish ("part of their network is on our block list").
    cause: "ip-blocklisted",
    pattern: /\b(?:est[áa]|se encuentra) en nuestra lista de bloqueados\b/i,
    confidence: 0.9,
    example:
      "Respuesta del servidor: 550 5.7.1 Lamentablemente, los mensajes de [203.0.113.5] no se enviaron. \nPonte en contacto con tu proveedor de servicios de Internet, ya que parte de su red está en nuestra lista de bloqueados.",
    source:
      "Spanish edition of the FreeSewing blog post 'Gracias por nada Microsoft; el correo electrónico no debería ser tan difícil' (stored copy code index id 5420463705)",
  },
  {
    // Microsoft SNDS's status for a sending IP it blocks.
    cause: "ip-blocklisted",
    pattern: /\bBlocked due to user complaints or other evidence of spamming\b/i,
    confidence: 0.85,
    example: "Blocked due to user complaints or other evidence of spamming",
    source: "https://github.com/openaustralia/planningalerts/issues/1573",
  },
  {
    // Postfix-style "Service unavailable; <client> [IP] blocked": the receiver refuses the sending IP by a block list (which one, the reply leaves to its postmaster page).
    cause: "ip-blocklisted",
    pattern: /\bService unavailable; \S* ?\[[\d.]{7,15}\] blocked\b/i,
    confidence: 0.75,
    example: "550 Service unavailable; * [203.0.113.5] blocked, see http://recipient_domain/spam/",
    source: "https://www.lemat.priv.pl/index.php?m=page&pg_id=115",
  },
  {
    // SCBL: the SpamCop Blocking List.
    cause: "ip-blocklisted",
    pattern: /\bBlacklisted IP of\b/i,
    confidence: 0.88,
    example:
      "203.0.113.5 does not like recipient.\nRemote host said: 550-Blacklisted IP of 203.0.113.5 at … (確認先URL)",
    source: "https://www.tomokos.net/65/",
  },
  {
    cause: "ip-blocklisted",
    pattern: /\bIP (?:is )?in SCBL\b/i,
    confidence: 0.88,
    example: "550: IP in SCBL",
    source: "https://www.joomlers.uk/email/error-messages?start=5",
  },
  {
    cause: "ip-blocklisted",
    pattern: /(?:(?<![A-Za-z])|(?<=\\n))IP (?:address )?(?:is )?black ?listed in\b/,
    confidence: 0.88,
    example:
      "2021-02-09 03:52:10,145 [\"hostmx01.example.in: (554, b'mx.example.in\\\\nIP blacklisted in http://www.senderbase.org')\", \"hostmx02.example.in: (554, b'mx.example.in\\\\nIP blacklisted in http://www.senderbase.org')\"]",
    source: "https://github.com/karolyi/py3-validate-email/issues/46",
  },
  {
    cause: "ip-blocklisted",
    pattern: /\bDenied due to spam list\b/i,
    confidence: 0.88,
    example:
      "<user@example.net>: host mail.example.net[203.0.113.5] said: 550\n    Denied due to spam list (in reply to RCPT TO command)",
    source: "rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection12.msg",
  },
  {
    cause: "ip-blocklisted",
    pattern: /<[\d.]+> is blocked\b/i,
    confidence: 0.88,
    example: "521 <0.0.0.0> is blocked",
    source: "http://worldnet.att.net/general-info/bls_info/block_enduser.html",
  },
  {
    // The sending IP itself is named as blocked.
    cause: "ip-blocklisted",
    pattern: /(?:\bIP|\[?\b\d{1,3}(?:\.\d{1,3}){3}\b\]?|<[\d.]+>) (?:address )?(?:is|has been) blocked\b/i,
    confidence: 0.85,
    example: "521 <0.0.0.0> is blocked",
    source:
      "https://pastebin.com/mt8MbFRM; http://worldnet.att.net/general-info/bls_info/block_enduser.html; http://support.aa.net.uk/index.php?diff=next&diff-type=inline&diffonly=1&oldid=6639&title=Sending_Email_Errors; comment listing real replies in check-if-email-exists-style verifier code (code index id 19273688165)",
  },
  {
    // The sending IP is named as blocked or blacklisted by the receiver (a list, a zombie or dynamic range).
    cause: "ip-blocklisted",
    pattern:
      /\bIPs? (?:\([^)]*\) )?(?:is |are )?(?:blacklisted|blocked)\b|\bblocked by ldap:ou=rbl|\bZombie matches\b|\bBlocked for abuse\b/i,
    confidence: 0.85,
    example: "550 Error. Blocked for abuse",
    source:
      "http://worldnet.att.net/general-info/mail_info/block_enduser.html; https://support.earthlink.net/articles/email/email-blocked-by-earthlink.php; https://www.rackaid.com/blog/how-to-remove-your-email-server-ip-from-earthlinks-blacklist/; https://lists.freebsd.org./pipermail/freebsd-doc/2009-October/016377.html (address shown obfuscated on rackaid, given as blockedbyearthlink at earthlink in the auto-reply); https://github.com/osm-fr/infrastructure/issues/603; http://worldnet.att.net/general-info/bls_info/block_enduser.html; https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes; https://support.awcwebdesign.com/knowledge-base/article/sender-ip-blacklisted",
  },
  {
    // A DNSBL zone the sending IP was found in, or SpamCop's list page: a listing, whatever the refusal says beside it.
    cause: "ip-blocklisted",
    pattern: /\bfound in (?:zen|b\.barracudacentral|[\w-]*bl)\.[\w.-]+\.[a-z]{2,}\b|\bspamcop\.net\/bl\b/i,
    confidence: 0.93,
    example: "554 Rejected as spam x.x.x.x found in dnsbl.sorbs.net",
    source: "https://digiampietro.com/2007/0221/posta_che_rifiutiamo_considerandola_spam.html",
  },
  {
    // Spamhaus's lookup page for an IP in the reply: the sending IP is listed (its domain page, /query/dbl, is a domain listing).
    cause: "ip-blocklisted",
    pattern: /\bspamhaus\.org\/query\/(?:bl|ip)\b/i,
    confidence: 0.93,
    example: "553 http://www.spamhaus.org/query/bl?ip=192.0.2.222",
    source:
      "https://github.com/sisimai/rb-sisimai/blob/655145c4531d0ba76e1043a27bd62a6e2fd54267/set-of-emails/maildir/bsd/rhost-godaddy-02.eml; https://github.com/reacherhq/check-if-email-exists/issues/891; https://github.com/osm-fr/infrastructure/issues/207; https://github.com/sendgrid/docs/issues/6275; https://github.com/getconversio/email-deep-validator/issues/9",
  },
  {
    // A named DNSBL refusing the sending IP.
    cause: "ip-blocklisted",
    pattern:
      /\bblocked by (?:0Spam|UCEPROTECT|PSBL|SpamRATS|Mailspike|Invaluement|SORBS|Spamhaus|SpamCop|Barracuda)\b/i,
    confidence: 0.9,
    example:
      "SMTP error from remote server for GREETING command, host: mx2.azureit.se (193.12.108.43) reason: 521 212.227.126.133 blocked by 0Spam",
    source: "https://pastebin.com/6JaLsEc6; https://pastebin.com/YY4pzqvj",
  },
  {
    // Outlook.com / Hotmail blocking the sending IP (SC-004 on complaints, DY-001 on a dynamic range): its own block list.
    cause: "ip-blocklisted",
    pattern:
      /\bA block has been placed against your IP address\b|\bMail rejected by Windows Live Hotmail for policy reasons\b/i,
    confidence: 0.9,
    example:
      "550 SC-004 Mail rejected by for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address.",
    source:
      "https://www.knownhost.com/wiki/email/troubleshooting/hotmail-blacklisting-removal-request; https://www.neodiffusion.fr/?p=54; Ubuntu Forums archive (https://github.com/Ubuntu-Community-Team/Ubuntu-Forums-Archive), thread of 2007-11-15 about a Gutsy Postfix/Drupal server on a dynamic IP (code index id 56719237083)",
  },
  {
    // The sending IP is judged a spam source and refused (Hornetsecurity 5.5.4; Postini's "spam source blocked").
    cause: "ip-blocklisted",
    pattern: /\bspam (?:IPs?|source) (?:rejected|blocked)\b/i,
    confidence: 0.85,
    example: "554 5.5.4  Spam IP rejected",
    source:
      "https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes",
  },
  {
    // The family: the sending IP refused by a spam, reputation or block list, or for abuse or complaints,
    // however worded, where no list is named ("Denied due to spam list", "IP in SCBL", "Blocked for abuse").
    cause: "ip-blocklisted",
    pattern:
      /\b(?:blocked|denied|rejected|refused)\b[^.;\n]{0,30}?\b(?:due to|by|because of|on|in|using)\b[^.;\n]{0,20}?\b(?:spam|reputation|black|block|RBL|DNSBL|DNS ?BL)[ -]?lists?\b(?<!Allow Block List)|\bblack ?listed IP\b|\bIP (?:is )?in (?:the )?\w*BL\b|\bblocked for abuse\b|(?<!address has been )\b(?:blocked|denied) due to (?:user )?complaints\b|\bunder investigation for spam\b/i,
    confidence: 0.8,
    example: "550 Denied due to spam list",
    source:
      "https://www.proximus.be/support/en/id_sfaqs_mail_blacklist/self-employed-and-small-companies/support/internet/e-mails/problems-with-your-mailbox/your-ip-address-is-in-our-blacklist.html; https://www.joomlers.uk/email/error-messages?start=5; https://github.com/openaustralia/planningalerts/issues/1573; https://www.tomokos.net/65/; http://postmaster.dominioabsoluto.com/checks.html; http://worldnet.att.net/general-info/mail_info/block_enduser.html; rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection12.msg",
  },
  {
    // A refusal that points at Barracuda's reputation lookup for the sending IP (its BRBL page), even
    // with no other words: the IP is on Barracuda's Reputation Block List.
    cause: "ip-blocklisted",
    pattern:
      /\bbarracudanetworks\.com\/reputation\/?\?[^\s]*\bip=|\bbbl\.barracudacentral\.(?:com|org)\/q\.cgi\?ip=/i,
    confidence: 0.9,
    example: "550 http://www.barracudanetworks.com/reputation/?pr=1&ip=x.x.x.x",
    source:
      "https://github.com/getconversio/email-deep-validator/pull/20; https://github.com/thunderbird/mailstrom/issues/162; https://luxsci.com/blog/?p=16857",
  },
  {
    // The family: the server says the connecting IP itself is blocked, listed, banned or was
    // identified as a spam source ("The connecting IP has been identified as a source of
    // unsolicited mail", "mail from your IP address is administratively disabled"), without
    // naming a list; below wording that names a list or the provider's reputation. The address
    // itself may stand between ("Your IP [192.0.2.10] has been blacklisted", KPN), or the reply
    // names the address alone ("Access from ip address 192.0.2.24 blocked", Mail.ru; "IP
    // 192.0.2.203 blocked by Vade Threat List").
    cause: "ip-blocklisted",
    pattern:
      /\b(?:your|the|connecting|sending|client) IP(?: address)?\b(?:[^.\n]|\.(?=\d)){0,40}?\b(?:is|are|has been|have been|was) (?:blocked|blacklisted|blocklisted|listed|disabled|banned|identified as)\b|\bIP(?: address)? \[?\d{1,3}(?:\.\d{1,3}){3}\]? (?:(?:is|has been|was) )?(?:blocked|blacklisted|blocklisted|banned)\b/i,
    confidence: 0.6,
    example: "554 The connecting IP has been identified as a source of unsolicited mail",
    source:
      "Java ESMTP server SMTPProcessor message constants, REJECT_MESSAGE (code index id 24113679266); https://github.com/MailCore/mailcore2/pull/1417; exim configure with spammers_hosts and noreply_addresses ACLs (code index id 5932985842); https://github.com/crazy-max/CwsMailBounceHandler/blob/HEAD/tests/emls/bounce_500_002.eml; https://github.com/ietf-tools/datatracker/issues/10296",
  },
  {
    // Korean providers' (Hanafos, Naver) connect refusal: "Your IP(…) is filtered and this
    // connection will be closed. You must register your IP to …" (a filter list; not Naver's
    // realip.naver.com, an allow list to register with: ip-not-allowed); weighed down under its
    // 421 like any permanent cause.
    cause: "ip-blocklisted",
    pattern: /\bYour IP\s?\([^)]{0,40}\)? is filtered\b(?![^\n]{0,100}\brealip\.)/i,
    confidence: 0.9,
    example:
      "421 4.3.2 Your IP(203.0.113.104) is filtered and this connection will be closed. You must register your IP to spammasters@hanafos.com By SpaceLee, the lord of mail server",
    source:
      "http://blog.jinbo.net/007/archive/20051107; http://adminplay.com/index.php?document_srl=2077&mid=Mail&order_type=desc; http://kbit.tistory.com/tag/reply%20error%20message",
  },
  {
    // The family: the connecting IP found on or listed in a count of lists ('found on one or more
    // RBLs/DNSBLs' from Cloudflare Email Routing and Comcast, policyd-weight's 'listed in too many
    // DNSBLs').
    cause: "ip-blocklisted",
    pattern:
      /\b(?:found on|listed (?:in|on|at|by)) (?:one or more|too many|several|multiple|\d+) (?:RBLs|DNS ?BLs|block ?lists|black ?lists)\b/i,
    confidence: 0.88,
    example:
      "452 resimta-po-24v.sys.comcast.net comcast 54.164.255.241 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010",
    source:
      "https://github.com/sisimai/p5-sisimai/blob/00c9890fcbc22e15924d2834cf2b1da9d9360c61/lib/Sisimai/Rhost/Cloudflare.pm; Perl script matching Comcast block replies (code index id 40255018898); https://developers.cloudflare.com/email-service/reference/postmaster/ (mirrored in azumakuniyuki/feb-2024-no-auth-no-entry cloudflare-postmaster.md); https://github.com/DavidGoodwin/policyd-weight/blob/HEAD/src/policyd-weight.pl (code index id 39547184374)",
  },
  {
    // AOL's (now Yahoo's) block tokens for the connecting IP: RTR:BL and RLY:BL a block on poor reputation, RTR:SC on
    // excessive blocks, RTR:CH and RLY:CH a network peer sending spam, RTR:BG an unallocated range, RLY:CS4 a
    // server that may be compromised (a bounce classifier's table of AOL's error pages).
    cause: "ip-blocklisted",
    pattern: /\bRTR: ?(?:BL|SC|CH|BG)\b|\bRLY: ?(?:BL|CH|CS4)\b/i,
    confidence: 0.85,
    example:
      "host mailin-02.mx.aol.com[152.163.0.100] refused to talk to me: 554- (RTR:BL)  https://postmaster.aol.com/error-codes#554rtrbl 554  Connecting IP: 92.242.58.7",
    source:
      "code index id 22575436169 (Java Test7 string-metric experiment with Postfix log lines, aol.com RTR:BL deferral); code index id 57167746574 (forum thread by hockey97 on Postfix/MySQL setup, Server Platforms, May 2008); MantaMTA bounce rules (code index id 5969441911): AOL (RTR:BL) permanent block on IP due to poor reputation, (RTR:SC) excessive blocks on IP, (RTR:CH) network peer sending spam, (RTR:BG) IP not yet allocated, (RLY:BL) hard block on IP due to reputation, (RLY:CS4) server may be compromised",
  },
  {
    // The family: the sending IP is on a list of abusive or spamming hosts ('Server IP … listed as abusive').
    cause: "ip-blocklisted",
    pattern: /\b(?:IP|address|host)\b[^\n]{0,40}\blisted as (?:abusive|spam(?:mer)?|a spam source)\b/i,
    confidence: 0.8,
    example: "550 5.7.0 Server IP 109.234.163.45 listed as abusive.",
    source:
      "code index id 28615601705 (Julia bounce-sorting script processMail, 550 5.7.0 branch comment) [reply code from the branch's startswith prefix]",
  },
]);
