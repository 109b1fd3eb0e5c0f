import type { ReplyPattern } from "./reply-pattern-schema";

const POSTFIX = "vdukhovni/postfix (postfix-3.12-20260821) postfix/src/smtpd";

/** TLS and STARTTLS: mostly OpenSSL / Node / .NET wording, plus the servers' STARTTLS replies. */
export const encryptionPatterns: readonly ReplyPattern[] = [
  {
    cause: "tls-wrong-mode",
    pattern: /wrong version number|WRONG_VERSION_NUMBER/i,
    confidence: 0.92,
    example:
      "Error: C861B82B4F7C0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:354:",
    source: "https://github.com/gitroomhq/postiz-app/issues/466",
  },
  {
    cause: "tls-wrong-mode",
    pattern:
      /GET_SERVER_HELLO:unknown protocol|packet length too long|unexpected packet format|http request\b.*SSL/i,
    confidence: 0.88,
    example:
      "{ Error: 4412364224:error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol:../deps/openssl/openssl/ssl/s23_clnt.c:827:\n code: 'ESOCKET', command: 'CONN' }",
    source: "https://github.com/nodemailer/nodemailer/issues/1037",
  },
  {
    cause: "tls-wrong-mode",
    pattern: /socket disconnected before secure TLS connection was established/i,
    confidence: 0.55,
    example: "SMTP Error: Client network socket disconnected before secure TLS connection was established",
    source: "https://github.com/louislam/uptime-kuma/issues/143",
  },
  {
    cause: "tls-version-unsupported",
    pattern:
      /TLS 1\.0 and (?:TLS )?1\.1 (?:are not supported|connections)|no longer supports? TLS ?1\.[01]|unsupported protocol|no protocols available|alert protocol version|version too low|UNSUPPORTED_PROTOCOL/i,
    confidence: 0.9,
    example:
      "[Error: 4544038336:error:1425F102:SSL routines:ssl_choose_client_version:unsupported protocol:../deps/openssl/openssl/ssl/statem/statem_lib.c:1929:\n] {",
    source: "https://github.com/nodemailer/nodemailer/issues/1076",
  },
  {
    cause: "tls-version-unsupported",
    pattern: /do not possess a common algorithm/i,
    confidence: 0.65,
    example:
      "Exception Details: System.ComponentModel.Win32Exception: The client and server cannot communicate, because they do not possess a common algorithm",
    source: "https://github.com/crossvertise/ActionMailerNext/issues/35 (server had TLS 1.0 disabled)",
  },
  {
    cause: "tls-handshake-failed",
    pattern:
      /handshake failure|failed to receive handshake|SSL\/TLS connection failed|no shared cipher|TLS not available|SSL negotiation failed|TLS negotiation failed|dh key too small|unsafe legacy renegotiation|establish an SSL or TLS connection|\bEPROTO\b/i,
    confidence: 0.8,
    example: "454 4.7.0 TLS not available due to local problem",
    source: `${POSTFIX}/smtpd.c`,
  },
  {
    cause: "tls-cert-untrusted",
    pattern:
      /self[- ]signed certificate|certificate has expired|CERT_HAS_EXPIRED|certificate-expired|unable to verify the first certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE|unable to get local issuer certificate|SELF_SIGNED_CERT|certificate verify failed|certificate is not yet valid|untrusted (?:root )?certificate/i,
    confidence: 0.93,
    example:
      "{ Error: self signed certificate in certificate chain\n    at TLSSocket.onConnectSecure (_tls_wrap.js:1055:34)",
    source: "https://github.com/nodemailer/nodemailer/issues/1040",
  },
  {
    cause: "tls-cert-untrusted",
    pattern: /remote certificate is invalid according to the validation procedure/i,
    confidence: 0.75,
    example:
      'Exception calling "Send" with "1" argument(s): "The remote certificate is invalid according to the validation procedure."',
    source: "https://github.com/alanrenouf/vCheck-vSphere/issues/408",
  },
  {
    cause: "tls-cert-name-mismatch",
    pattern:
      /(?:does not|doesn't) match certificate's altnames|ALTNAME_INVALID|RemoteCertificateNameMismatch|hostname mismatch|doesn't match (?:any of )?the (?:certificate|subject alternative)/i,
    confidence: 0.96,
    example:
      "Hostname/IP does not match certificate's altnames: Host: mail.example.com. is not in the cert's altnames: DNS:example.com, DNS:www.example.com",
    source: "https://github.com/nodemailer/nodemailer/issues/1391",
  },
  {
    cause: "starttls-not-offered",
    pattern:
      /STARTTLS command used when not advertised|Command (?:unrecognized|not recognized|not implemented): "?STARTTLS|STARTTLS (?:extension )?not supported|does not support (?:STARTTLS|secure connections)|Server does not support secure connections/i,
    confidence: 0.92,
    example: '500 5.5.1 Command unrecognized: "STARTTLS"',
    source: "public zgrab/scan test fixture (code index id 10215994230)",
  },
  {
    cause: "starttls-required",
    pattern:
      /Must issue a STARTTLS command first|STARTTLS (?:is )?required|TLS (?:is )?required|requires? (?:a )?(?:TLS|STARTTLS|encrypted connection)|please use STARTTLS|Encryption required for requested authentication mechanism/i,
    confidence: 0.9,
    example: "530 5.7.0 Must issue a STARTTLS command first. c133sm12701941wme.12 - gsmtp",
    source: "https://gist.github.com/algorev/f65c23132b2a227981485d02cf334b62",
  },
  {
    cause: "auth-encryption-required",
    pattern:
      /Plaintext (?:authentication|login|auth)\w* (?:is )?(?:not allowed|disallowed|not permitted)|AUTH (?:is )?not (?:allowed|permitted) (?:without|before) (?:TLS|STARTTLS|encryption)/i,
    confidence: 0.85,
    example: "Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
    source:
      "dovecot/core src/login-common/login-common.h AUTH_PLAINTEXT_DISABLED_MSG (commit 87ef429c, shared by its login services incl. submission-login)",
  },
];
