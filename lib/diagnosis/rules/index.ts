import { authAppPasswordRequired } from "./auth-app-password-required";
import { authBasicBlocked } from "./auth-basic-blocked";
import { authBasicRetired } from "./auth-basic-retired";
import { authDisabledMailbox } from "./auth-disabled-mailbox";
import { authDisabledTenant } from "./auth-disabled-tenant";
import { authEncryptionRequired } from "./auth-encryption-required";
import { authFailed } from "./auth-failed";
import { authLockedOut } from "./auth-locked-out";
import { authMechanismUnsupported } from "./auth-mechanism-unsupported";
import { authNotOffered } from "./auth-not-offered";
import { authRequired } from "./auth-required";
import { authWebLoginRequired } from "./auth-web-login-required";
import { connectRefused } from "./connect-refused";
import { connectTimeout } from "./connect-timeout";
import { connectionReset } from "./connection-reset";
import { credentialsMissing } from "./credentials-missing";
import { directSendRejected } from "./direct-send-rejected";
import { dnsFailure } from "./dns-failure";
import { dnsNotFound } from "./dns-not-found";
import { domainBlocklisted } from "./domain-blocklisted";
import { greetingTimeout } from "./greeting-timeout";
import { greylisted } from "./greylisted";
import { heloRejected } from "./helo-rejected";
import { ipBlocklisted } from "./ip-blocklisted";
import { ipNotAllowed } from "./ip-not-allowed";
import { ipReputation } from "./ip-reputation";
import { messageMalformed } from "./message-malformed";
import { messageRejectedContent } from "./message-rejected-content";
import { messageTooLarge } from "./message-too-large";
import { noError } from "./no-error";
import { noRecipients } from "./no-recipients";
import { notSmtpService } from "./not-smtp-service";
import { protocolError } from "./protocol-error";
import { rateLimited } from "./rate-limited";
import { receiverMisconfigured } from "./receiver-misconfigured";
import { recipientMailboxFull } from "./recipient-mailbox-full";
import { recipientRejectedPolicy } from "./recipient-rejected-policy";
import { recipientUnknown } from "./recipient-unknown";
import { relayDenied } from "./relay-denied";
import { reverseDnsMissing } from "./reverse-dns-missing";
import { routingError } from "./routing-error";
import type { Rule } from "./rule-types";
import { senderAccountRestricted } from "./sender-account-restricted";
import { senderAuthenticationFailed } from "./sender-authentication-failed";
import { senderNotAuthorized } from "./sender-not-authorized";
import { senderRejected } from "./sender-rejected";
import { serverBusy } from "./server-busy";
import { serverTemporaryFailure } from "./server-temporary-failure";
import { sessionTimeout } from "./session-timeout";
import { starttlsNotOffered } from "./starttls-not-offered";
import { starttlsRequired } from "./starttls-required";
import { targetNotAllowed } from "./target-not-allowed";
import { tlsCertNameMismatch } from "./tls-cert-name-mismatch";
import { tlsCertUntrusted } from "./tls-cert-untrusted";
import { tlsHandshakeFailed } from "./tls-handshake-failed";
import { tlsVersionUnsupported } from "./tls-version-unsupported";
import { tlsWrongMode } from "./tls-wrong-mode";

/**
 * Every rule, in catalogue order. On equal confidence the earlier rule wins, so the order only
 * matters for ties; confidence, not position, is how rules outrank each other.
 */
export const diagnosisRules: readonly Rule[] = [
  dnsNotFound,
  dnsFailure,
  targetNotAllowed,
  connectRefused,
  connectTimeout,
  connectionReset,
  greetingTimeout,
  serverBusy,
  notSmtpService,
  sessionTimeout,
  routingError,
  tlsWrongMode,
  starttlsNotOffered,
  starttlsRequired,
  tlsVersionUnsupported,
  tlsHandshakeFailed,
  tlsCertUntrusted,
  tlsCertNameMismatch,
  heloRejected,
  protocolError,
  authNotOffered,
  authRequired,
  authFailed,
  authDisabledTenant,
  authDisabledMailbox,
  authBasicBlocked,
  authBasicRetired,
  credentialsMissing,
  authAppPasswordRequired,
  authWebLoginRequired,
  authMechanismUnsupported,
  authEncryptionRequired,
  authLockedOut,
  ipBlocklisted,
  ipReputation,
  ipNotAllowed,
  domainBlocklisted,
  reverseDnsMissing,
  relayDenied,
  directSendRejected,
  senderNotAuthorized,
  senderRejected,
  senderAuthenticationFailed,
  senderAccountRestricted,
  recipientUnknown,
  recipientMailboxFull,
  recipientRejectedPolicy,
  noRecipients,
  greylisted,
  rateLimited,
  messageTooLarge,
  messageRejectedContent,
  messageMalformed,
  serverTemporaryFailure,
  receiverMisconfigured,
  noError,
];
