/**
 * The site the integration suite runs: one Postfix instance configured the way real sites are
 * (Debian's stock submission, an MX with the usual restrictions, greylisting, TLS limits, implicit
 * TLS), Dovecot as its SASL backend and postgrey as its policy service. Pure text: the harness
 * writes these files into a throwaway directory; nothing here touches the system.
 */

/** The site's own domain: the MX delivers it locally, the submission service relays for it. */
export const SITE_DOMAIN = "contoso.example";
export const SITE_HOSTNAME = "mail.contoso.example";
/** The one SASL account (Dovecot passwd-file); also a local mailbox. */
export const SITE_USER = `office@${SITE_DOMAIN}`;
export const SITE_PASSWORD = "Corr3ct-Horse!";
/** Local mailboxes the MX accepts mail for. */
export const SITE_MAILBOXES = [SITE_USER, `someone@${SITE_DOMAIN}`];
/** A domain this site does not handle: mail to it is relaying. */
export const OUTSIDE_RECIPIENT = "someone@fabrikam.example";
/** Sender domains the MX refuses outright (check_sender_access … REJECT). */
export const REFUSED_SENDER_DOMAIN = "localdomain.example";
/** The size-limited service's message_size_limit: below the ~600-byte probe test message. */
export const SMALL_MESSAGE_LIMIT = 400;

/**
 * The smtpd services, each on its own loopback port. `options` are master.cf `-o` overrides, as
 * admins write them: Debian's commented submission/submissions blocks are copied verbatim.
 */
export const SERVICE_NAMES = [
  "submission",
  "submissionClientRestricted",
  "submissions",
  "mx",
  "mxSmallMessages",
  "mxGreylisting",
  "legacyTls",
  "tlsBroken",
] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

type ServiceOptions = Record<string, string>;

// Debian 12's /etc/postfix/master.cf, "submission inet … smtpd" block, uncommented.
const debianSubmission: ServiceOptions = {
  smtpd_tls_security_level: "encrypt",
  smtpd_sasl_auth_enable: "yes",
  smtpd_tls_auth_only: "yes",
  smtpd_reject_unlisted_recipient: "no",
  smtpd_client_restrictions: "",
  smtpd_helo_restrictions: "",
  smtpd_sender_restrictions: "",
  smtpd_relay_restrictions: "",
  smtpd_recipient_restrictions: "permit_sasl_authenticated,reject",
  milter_macro_daemon_name: "ORIGINATING",
};

// What an Internet-facing MX typically adds to main.cf.
const mxRestrictions: ServiceOptions = {
  smtpd_helo_required: "yes",
  smtpd_helo_restrictions: "reject_invalid_helo_hostname, reject_non_fqdn_helo_hostname",
  smtpd_reject_unlisted_sender: "yes",
  smtpd_sender_restrictions:
    "reject_non_fqdn_sender, check_sender_access texthash:$config_directory/sender_access",
  smtpd_relay_restrictions: "",
  smtpd_recipient_restrictions: "reject_unauth_destination",
};

export function serviceOptions(name: ServiceName, postgreyPort: number): ServiceOptions {
  switch (name) {
    case "submission":
      return debianSubmission;
    case "submissionClientRestricted":
      // The other way Debian's template suggests: $mua_client_restrictions = permit_sasl_authenticated, reject.
      return { ...debianSubmission, smtpd_client_restrictions: "permit_sasl_authenticated,reject" };
    case "submissions":
      // Debian's "submissions inet … smtpd" block (implicit TLS, port 465 style).
      return {
        smtpd_tls_wrappermode: "yes",
        smtpd_sasl_auth_enable: "yes",
        smtpd_reject_unlisted_recipient: "no",
        smtpd_client_restrictions: "",
        smtpd_helo_restrictions: "",
        smtpd_sender_restrictions: "",
        smtpd_relay_restrictions: "",
        smtpd_recipient_restrictions: "permit_sasl_authenticated,reject",
        milter_macro_daemon_name: "ORIGINATING",
      };
    case "mx":
      return mxRestrictions;
    case "mxSmallMessages":
      return { ...mxRestrictions, message_size_limit: String(SMALL_MESSAGE_LIMIT) };
    case "mxGreylisting":
      return {
        smtpd_relay_restrictions: "",
        smtpd_recipient_restrictions: `reject_unauth_destination, check_policy_service inet:127.0.0.1:${postgreyPort}`,
      };
    case "legacyTls":
      // An old server: TLS 1.0/1.1 only. OpenSSL 3 allows them only at security level 0.
      return {
        smtpd_tls_protocols: "!SSLv2, !SSLv3, !TLSv1.2, !TLSv1.3",
        tls_medium_cipherlist: "DEFAULT:@SECLEVEL=0",
      };
    case "tlsBroken":
      // A key that does not match the certificate: smtpd still announces STARTTLS, then answers it
      // with "454 4.7.0 TLS not available due to local problem".
      return { smtpd_tls_chain_files: "$config_directory/other-key.pem, $config_directory/cert.pem" };
  }
}

export type SitePaths = {
  root: string;
  config: string;
  queue: string;
  data: string;
  maillog: string;
  /** Dovecot's auth socket for Postfix, inside Postfix's queue (smtpd_sasl_path = private/auth). */
  authSocket: string;
  dovecotBase: string;
  dovecotState: string;
  dovecotLog: string;
  dovecotConf: string;
  users: string;
  postgreyDb: string;
  postgreyEmptyList: string;
};

export function sitePaths(root: string): SitePaths {
  return {
    root,
    config: `${root}/postfix`,
    queue: `${root}/queue`,
    data: `${root}/data`,
    maillog: `${root}/maillog`,
    authSocket: `${root}/queue/private/auth`,
    dovecotBase: `${root}/dovecot-run`,
    dovecotState: `${root}/dovecot-state`,
    dovecotLog: `${root}/dovecot.log`,
    dovecotConf: `${root}/dovecot.conf`,
    users: `${root}/users`,
    postgreyDb: `${root}/postgrey`,
    postgreyEmptyList: `${root}/postgrey-empty-list`,
  };
}

export function postfixMainCf(paths: SitePaths): string {
  return `${[
    "compatibility_level = 3.6",
    `myhostname = ${SITE_HOSTNAME}`,
    `mydomain = ${SITE_DOMAIN}`,
    // Debian's generated main.cf sets this banner.
    "smtpd_banner = $myhostname ESMTP $mail_name (Debian/GNU)",
    `queue_directory = ${paths.queue}`,
    `data_directory = ${paths.data}`,
    "mail_owner = postfix",
    "inet_interfaces = 127.0.0.1",
    "inet_protocols = ipv4",
    // The probe connects from 127.0.0.1: keep loopback out of mynetworks so it is a stranger,
    // as a device on the Internet is.
    "mynetworks = 192.0.2.0/24",
    `mydestination = $myhostname, ${SITE_DOMAIN}`,
    "relay_domains =",
    "alias_maps =",
    "alias_database =",
    `local_recipient_maps = inline:{ ${SITE_MAILBOXES.map((m) => `${m}=ok`).join(", ")} }`,
    "biff = no",
    // Nothing may leave this machine; no DNS lookups for clients (the probe is 127.0.0.1 anyway).
    "default_transport = discard:integration test site",
    "local_transport = discard:integration test site",
    "smtpd_peername_lookup = no",
    `maillog_file = ${paths.maillog}`,
    `maillog_file_prefixes = ${paths.root}`,
    `smtpd_tls_chain_files = ${paths.config}/key.pem, ${paths.config}/cert.pem`,
    "smtpd_tls_security_level = may",
    "smtpd_sasl_type = dovecot",
    "smtpd_sasl_path = private/auth",
    "smtpd_sasl_auth_enable = no",
  ].join("\n")}\n`;
}

/** One -o per line; `{ name = value }` when the value has spaces (Postfix 3.0 and later). */
function overrides(options: ServiceOptions): string {
  return Object.entries(options)
    .map(([name, value]) => (/\s/.test(value) ? `  -o { ${name} = ${value} }` : `  -o ${name}=${value}`))
    .join("\n");
}

export function postfixMasterCf(ports: Record<ServiceName, number>, postgreyPort: number): string {
  const smtpd = SERVICE_NAMES.map(
    (name) =>
      `127.0.0.1:${ports[name]} inet n - n - - smtpd\n  -o syslog_name=postfix/${name}\n${overrides(serviceOptions(name, postgreyPort))}`,
  );
  // Debian's internal services, unchrooted (the throwaway queue has no copy of /etc or /lib).
  const internal = [
    "cleanup unix n - n - 0 cleanup",
    "qmgr unix n - n 300 1 qmgr",
    "tlsmgr unix - - n 1000? 1 tlsmgr",
    "rewrite unix - - n - - trivial-rewrite",
    "bounce unix - - n - 0 bounce",
    "defer unix - - n - 0 bounce",
    "trace unix - - n - 0 bounce",
    "verify unix - - n - 1 verify",
    "proxymap unix - - n - - proxymap",
    "error unix - - n - - error",
    "retry unix - - n - - error",
    "discard unix - - n - - discard",
    "anvil unix - - n - 1 anvil",
    "scache unix - - n - 1 scache",
    "postlog unix-dgram n - n - 1 postlogd",
  ];
  return `${[...smtpd, ...internal].join("\n")}\n`;
}

export function senderAccessTable(): string {
  return `${REFUSED_SENDER_DOMAIN} REJECT\n`;
}

export function dovecotUsers(): string {
  return `${SITE_USER}:{PLAIN}${SITE_PASSWORD}::::::\n`;
}

export function dovecotConf(paths: SitePaths): string {
  return `base_dir = ${paths.dovecotBase}
state_dir = ${paths.dovecotState}
log_path = ${paths.dovecotLog}
protocols = none
listen = 127.0.0.1
ssl = no
auth_mechanisms = plain login
# Dovecot's 2 s delay after a failed login would only slow the suite.
auth_failure_delay = 0
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${paths.users}
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=/nonexistent
}
# Dovecot delays logins from an address after a failed one (2 s, then 4, 8, 15): the suite's
# right-password runs follow its wrong-password run from the same 127.0.0.1.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service auth {
  unix_listener ${paths.authSocket} {
    mode = 0660
    user = postfix
    group = postfix
  }
}
`;
}
