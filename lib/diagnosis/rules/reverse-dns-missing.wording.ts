import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { POSTFIX } from "../reply-patterns/sources";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The sending IP has no valid reverse DNS (PTR)": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "reverse-dns-missing",
    pattern:
      /cannot find your (?:reverse )?hostname|no PTR record|PTR (?:resource )?record|Reverse DNS (?:for [\w.:]+ )?(?:failed|lookup failed|missing|does not|not)|\brDNS\b|reverse (?:dns|lookup|hostname)|IP name lookup failed/i,
    confidence: 0.92,
    example: "450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.5]",
    source: `${POSTFIX}/smtpd_check*.ref`,
  },

  // Added in a second pass: meanings the corpus shows from several unrelated sources.
  {
    cause: "reverse-dns-missing",
    pattern:
      /cannot find your (?:reverse )?hostname|reverse (?:DNS|hostname|lookup) (?:lookup )?(?:failed|missing|required|does not|doesn't|not found)|(?:no|missing|invalid|bad) (?:DNS )?PTR(?: resource)?(?: record)?|requires? (?:a )?(?:valid )?PTR|PTR record/i,
    confidence: 0.9,
    example: "450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.5]",
    source:
      "https://github.com/omega8cc/boa/issues/532; https://github.com/mailcow/mailcow-dockerized/issues/85; https://github.com/docker-mailserver/docker-mailserver/issues/2970; https://github.com/iredmail/iRedMail/issues/156; https://github.com/ActiveCampaign/smtp-field-manual/pull/65; https://github.com/LukeSmithxyz/emailwiz/issues/128; https://github.com/EDSM-NET/FrontEnd/issues/21; https://github.com/mailcow/mailcow/issues/915",
  },
  {
    cause: "reverse-dns-missing",
    pattern: /no DNS reverse for|(?:address|IP) do(?:es)? not have a reverse(?: look ?(?:up)?)? name/i,
    confidence: 0.92,
    example: "554 cmg1.fe.forpsi.com bizsmtp 0bcW1i00G0jifNx01bcmHa no DNS reverse for 203.0.113.7",
    source:
      "https://support.arubacloud.pl/kb/a2837/wiadomosc-e-mail-zostala-odrzucona-z-bledem-brak-reverse-dns-dla-x_x_x_x.aspx; https://www.spam-mail-blocker.de/greylisted.html",
  },
  {
    cause: "reverse-dns-missing",
    pattern: /does not resolve to (?:an existing )?host ?name|no proper reverse mapping/i,
    confidence: 0.88,
    example:
      "Remote host said: 451 4.7.1 Your IP address does not resolve to an existing hostname - no proper reverse mapping exists - see http://emailpolicy.interoute-deutschland.de/",
    source: "https://studylib.net/doc/7864638/error-message----nonstop-travel",
  },
  {
    // Sendmail's own text when the client's address has no PTR: it outranks the 'Relaying temporarily denied' before it.
    cause: "reverse-dns-missing",
    pattern: /Cannot resolve PTR record/i,
    confidence: 0.96,
    example:
      "450 4.7.1 root@example.com... Relaying temporarily denied. Cannot resolve PTR record for 10.0.0.1",
    source:
      "pentest notes with a smtp-user-enum transcript against Sendmail (code index id 7770471578); https://ftp.sendmail.org/RELEASE_NOTES (sendmail-doc changelog)",
  },
  {
    cause: "reverse-dns-missing",
    pattern: /\bFC-?rDNS\b|forward[- ]confirmed reverse DNS/i,
    confidence: 0.88,
    example: "Sorry, no FCrDNS match found",
    source: "haraka/Haraka plugins/connect.fcrdns.js",
  },
  {
    cause: "reverse-dns-missing",
    pattern: /\bRTR:RD\b/i,
    confidence: 0.9,
    example: "554 RTR:RD",
    source:
      "http://community.hostcheetah.com/topic/267/aol-postmaster/; AOL postmaster error codes (RTR:RD: no reverse DNS for the connecting IP)",
  },
  {
    // sendmail says this when the client's PTR could not be resolved, not for a relay it refuses (that is 'Relaying denied').
    cause: "reverse-dns-missing",
    pattern: /Relaying temporarily denied/i,
    confidence: 0.9,
    example: "450 4.7.1 Relaying temporarily denied. Cannot resolve PTR record for 10.0.0.1",
    source:
      "https://ftp.sendmail.org/RELEASE_NOTES (sendmail: 'Relaying temporarily denied. Cannot resolve PTR record for ...')",
  },
  {
    cause: "reverse-dns-missing",
    pattern: /unverifi?y?able sending IPs?\b|Sender IP must resolve/i,
    confidence: 0.88,
    example: "450 service permits 2 unverifyable sending IPs - neko.example.com is not 203.0.113.222",
    source:
      "https://github.com/sisimai/rb-sisimai/blob/b40fac43a2d5bb5a0ec037c441d7631ecd33b83c/set-of-emails/maildir/bsd/email-exim-38.eml; http://www.veraciti.com/Customer-Support/reverse-dns.html",
  },
  {
    // A failed reverse (PTR) lookup of the sending IP, not a failed lookup of the server's name.
    cause: "reverse-dns-missing",
    pattern: /\breverse DNS (?:lookup |check )?(?:failed|failure)\b/i,
    confidence: 0.93,
    example: "554 5.7.1 Reverse DNS failed.",
    source:
      "https://github.com/sisimai/rb-sisimai/blob/b40fac43a2d5bb5a0ec037c441d7631ecd33b83c/set-of-emails/maildir/bsd/email-exim-34.eml; http://security.comcast.net/get-help/Mail-Delivery-Error-Messages.aspx",
  },
  {
    // AOL DNS:NR: the sending IP has no reverse DNS (PTR).
    cause: "reverse-dns-missing",
    pattern: /\(DNS:NR\)|\b421dnsnr\b/i,
    confidence: 0.9,
    example:
      "postfix/smtp[16849]: E8A30280756: host refused to talk to me: 421 4.7.1 : (DNS:NR) http://postmaster.info.aol.com/errors/421dnsnr.html",
    source: "https://kb.odin.com/en/121291",
  },
  {
    // A list refusal that names its reason: the sending IP is "in an RBL" because its reverse DNS
    // (PTR) is missing. The reason outranks the bare listing.
    cause: "reverse-dns-missing",
    pattern: /\bin an RBL: Reverse DNS \(PTR\) missing\b/i,
    confidence: 0.94,
    example:
      '550 "JunkMail rejected - (example.com) [x.x.x.x] is in an RBL: Reverse DNS (PTR) missing - RFC1912 section 2.1"',
    source:
      "Python email-verifier source, SENDER_REJECTION_MARKERS comment (stored copy code index id 69345854918)",
  },
  {
    // simta refuses a client whose address has no valid reverse (PTR) name, or whose reverse
    // lookup failed, at the greeting: "Invalid reverse address", "Error checking reverse address".
    cause: "reverse-dns-missing",
    pattern: /\b(?:invalid|bad|missing|no|checking) reverse address\b/i,
    confidence: 0.88,
    example: "421 Access Denied - Invalid reverse address",
    source: "https://github.com/simta/simta/blob/005cea234145c97ab7ba994d156bf7480734c1a1/receive.c",
  },
  {
    // Gmail's IPv6 refusal however much of it is quoted ("does not meet IPv6 sending guidelines
    // regarding PTR records and authentication"): 14 of 14 such replies are a missing PTR.
    cause: "reverse-dns-missing",
    pattern: /\bIPv6 sending guidelines\b/i,
    confidence: 0.9,
    example: "message does not meet IPv6 sending guidelines regarding PTR",
    source:
      "https://github.com/uthoplatforms/utho-docs/blob/HEAD/content/Linux/how-to-solve-zimbra-error-message-does-not-meet-ipv6-sending-guidelines-regarding-ptr/index.md; https://github.com/cyclestreets/cyclescape/issues/553",
  },
  {
    // A server's own words for the client's reverse (PTR) lookup: missing, invalid, or failing.
    cause: "reverse-dns-missing",
    pattern: /\b(?:invalid|no|missing|bad|checking|failed) reverse address\b/i,
    confidence: 0.85,
    example: "421 Access Denied - Invalid reverse address",
    source: "https://github.com/simta/simta/blob/005cea234145c97ab7ba994d156bf7480734c1a1/receive.c",
  },
  {
    // Refused as the connection opens because the server "could not resolve the hostname": the
    // client's address has no name to resolve (nssmtpd's connect-time PTR check).
    cause: "reverse-dns-missing",
    pattern: /\bcould not resolve (?:the |your )?(?:client )?host ?name\b/i,
    confidence: 0.75,
    stages: ["connect", "greeting"],
    requireStage: true,
    example: "421 Service not available, could not resolve the hostname",
    source: "https://github.com/naviserver-project/nssmtpd/blob/HEAD/nssmtpd.c",
  },
  {
    // The family: the connecting IP has no (or an invalid) reverse DNS name, however the server words it. Below greylisting that names it as its reason.
    cause: "reverse-dns-missing",
    pattern:
      /\b(?:no|invalid|missing|bad)\b[^.\n]{0,15}\breverse\b(?![- ]path)|\breverse (?:address|mapping|look(?:up)? name|DNS|lookup)\b[^.\n]{0,30}\b(?:error|fail\w*|invalid|missing|not found)\b|\bno proper reverse mapping\b|\bIP must resolve\b|\bCannot reverse\b/i,
    confidence: 0.8,
    example: "451 Bad reverse DNS.",
    source:
      "fail2ban/fail2ban fail2ban/tests/files/logs/kerio; fail2ban/fail2ban fail2ban/tests/files/logs/kerio (debian fail2ban 1.0.2-2); fail2ban/fail2ban fail2ban/tests/files/logs/kerio (Debian fail2ban 1.0.2-2); https://studylib.net/doc/7864638/error-message----nonstop-travel; sisimai/p5-sisimai:lib/Sisimai/Rhost/GoDaddy.pm (quoting https://www.godaddy.com/help/what-does-my-email-bounceback-mean-3568); https://hardwaresecrets.com/understanding-email-bounce-messages/4/; http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification; sisimai/rb-sisimai set-of-emails/maildir/bsd/email-exim-46.eml; https://github.com/sisimai/rb-sisimai/blob/b40fac43a2d5bb5a0ec037c441d7631ecd33b83c/set-of-emails/maildir/bsd/email-exim-46.eml; http://www.veraciti.com/Customer-Support/reverse-dns.html; https://github.com/chrisboulton/spamdyke/blob/5785cb3e4dfd18aa2dadbc1a12d3793c9def1a3f/spamdyke/spamdyke.h (ERROR_RDNS_MISSING, REJECTION_DATA_RDNS_MISSING, REJECT_SEVERITY_TEMPORARY); stappersg/vBook src/ref/vSL/api/var::vsl-api.md (vSMTP vSL API reference, predefined reply codes) (code550_7_25); https://github.com/sisimai/rb-sisimai/blob/b40fac43a2d5bb5a0ec037c441d7631ecd33b83c/set-of-emails/maildir/bsd/email-exim-34.eml; https://github.com/simple-login/app/issues/735; Email-verifier deploy notes 'What each provider needs from the checker's server', stored copy code index id 71428334385; Python email-verifier source, comment on SENDER_REJECTION_MARKERS ('found the hard way, on the first live run') (stored copy code index id 69345854918); https://github.com/sisimai/p5-sisimai/blob/HEAD/lib/Sisimai/Reason/RequirePTR.pm; https://github.com/sisimai/rb-sisimai/blob/HEAD/set-of-emails/maildir/bsd/lhost-exim-39.eml; https://github.com/simta/simta/blob/005cea234145c97ab7ba994d156bf7480734c1a1/receive.c [reply rendered with a placeholder resolver error string]; https://github.com/simta/simta/blob/005cea234145c97ab7ba994d156bf7480734c1a1/receive.c; https://github.com/MailCleaner/MailCleaner/blob/HEAD/etc/exim/exim_stage1.conf_template; http://security.comcast.net/get-help/Mail-Delivery-Error-Messages.aspx; cbp::reverse_source policyd module 'Reverse Sending Server Plugin' by Nigel Kukard, 2007 (code index id 42618050084); code index id 70734041421 (Node test file of an email-verifier's reply classifier; header says the replies were captured from live mail servers on 2026-09-23); stalwartlabs/stalwart crates/smtp/src/inbound/mail.rs (iprev strict); https://support.arubacloud.pl/kb/a2837/wiadomosc-e-mail-zostala-odrzucona-z-bledem-brak-reverse-dns-dla-x_x_x_x.aspx",
  },
  {
    // Postfix's forward-confirmed reverse DNS check: the client's PTR name does not resolve back to
    // its address (reject_unknown_client_hostname refuses such clients).
    cause: "reverse-dns-missing",
    pattern: /\bwarning: hostname \S+ does not resolve to address [\d.:a-f]+/i,
    confidence: 0.8,
    example: "warning: hostname exemple.com does not resolve to address 203.0.113.32",
    source:
      "whyscream/postfix-grok-patterns test/POSTFIX_SMTPD.log (code index id 4394784861); Postfix smtpd_peer.c",
  },
]);
