import { gettextWording } from "../reply-patterns/gettext-languages";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "Authentication on, but no username or password": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "credentials-missing",
    origin: "client",
    pattern:
      /Missing credentials for|No (?:username|password) (?:was )?(?:provided|specified|given)|Authentication info was not provided/i,
    confidence: 0.85,
    example: 'Error: Missing credentials for "LOGIN" code: EAUTH',
    source: "nodemailer/nodemailer lib/smtp-connection/index.js (login())",
  },

  {
    cause: "credentials-missing",
    pattern:
      /Missing credentials|credentials (?:are )?missing|No (?:username|password) (?:provided|given|specified|set)/i,
    confidence: 0.96,
    example: 'Missing credentials for "PLAIN"',
    source: "nodemailer/nodemailer lib/smtp-connection/index.js (v9.0.5)",
  },
  {
    cause: "credentials-missing",
    pattern: /SMTP-AUTH requested but missing (?:secret phrase|user name)/i,
    confidence: 0.92,
    origin: "client",
    example: "ArgumentError: SMTP-AUTH requested but missing secret phrase",
    source: "https://github.com/sameersbn/docker-gitlab/issues/1419",
  },
  {
    cause: "credentials-missing",
    pattern:
      /No e-mail password set|Kein E-Mail-Passwort angegeben|ユーザIDが設定されていません|No tokens for outlook/i,
    confidence: 0.9,
    origin: "client",
    example: "No e-mail password set",
    source:
      "node-red-node-email 5.2.5 (npm) 61-email.js + locales/en-US/61-email.json (email.errors.nopassword); node-red-node-email 5.2.5 (npm) locales/de/61-email.json (email.errors.nopassword); node-red-node-email 5.2.5 (npm) locales/ja/61-email.json (email.errors.nouserid); iobroker.email 3.0.0 (npm) build/main.js",
  },
  {
    cause: "credentials-missing",
    pattern: /missing password for \w+ auth mechanism/i,
    confidence: 0.9,
    origin: "client",
    example:
      'level=error ts=2019-01-23T15:49:04.898510015Z caller=notify.go:332 component=dispatcher msg="Error on notify" err="missing password for PLAIN auth mechanism; missing password for LOGIN auth mechanism"',
    source: "https://github.com/prometheus/alertmanager/issues/1721",
  },
  {
    cause: "credentials-missing",
    pattern: /无法获取 \S+ 的密码|Authentifizierungsmethode \S+ braucht ein Passwort/i,
    confidence: 0.88,
    origin: "client",
    example: "发送邮件的时候出错：无法获取 user@example.com 的密码。这个消息未发送。",
    source:
      "thunderbird/thunderbird-l10n zh-CN/mail/chrome/messenger/messengercompose/composeMsgs.properties (smtpPasswordUndefined); marlam/msmtp po/de.po ('authentication method %s needs a password')",
  },
  {
    cause: "credentials-missing",
    pattern: /All-whitespace username|empty (?:user ?name|login) (?:given|provided|supplied)/i,
    confidence: 0.85,
    example: "warning: SASL authentication failure: All-whitespace username.",
    source: "https://github.com/loganmarchione/docker-postfixrelay/issues/35",
  },
  {
    // Postfix's SASL client failing on its own side before any server judged a password ("server … said" would carry the server's words):
    // no credentials for that relay in its password map, or no SASL mechanism plugin installed. Of three such logs one was
    // labelled missing credentials and two never resolved: below the root-cause threshold, the first thing to check.
    cause: "credentials-missing",
    pattern: /cannot authenticate to server [^\s:]+(?:\[[^\]]*\])?: generic failure/i,
    confidence: 0.38,
    example:
      "status=deferred (SASL authentication failed; cannot authenticate to server smtp.office365.com[52.98.140.2]: generic failure)",
    source: "https://github.com/loganmarchione/docker-postfixrelay/issues/35",
  },
  gettextWording(
    "credentials-missing",
    ["msmtp:authentication method %s needs a password", "msmtp:authentication method %s needs a user name"],
    0.85,
    "Authentifizierungsmethode LOGIN braucht ein Passwort",
  ),
  {
    // The concept: the client (or the server reading an empty AUTH) says the user name or password
    // was never given, however worded ("missing user name", "no password specified", "Username and
    // password were not provided", "username or passwd is NULL", "sasl_username but no
    // sasl_password"). At sign-in only: SES's "User name is missing" after DATA is about the From
    // header, not a login.
    cause: "credentials-missing",
    pattern:
      /\b(?:no|missing|empty) (?:e-?mail |smtp |sasl[_ ])?(?:user ?name|user ?id|login|password|passwd|credentials|secret(?: phrase)?)\b|\b(?:user ?name|login|password|passwd|credentials)(?: (?:and|or) (?:a )?(?:password|passwd))?,? (?:(?:were|was|is|are|has|have) )?(?:not (?:been )?(?:provided|given|set|supplied|configured|specified)|NULL|empty|missing)\b/i,
    confidence: 0.85,
    stages: ["auth"],
    example: '{:error, "Username and password were not provided for authentication."}',
    source:
      "https://github.com/fewlinesco/bamboo_smtp/blob/00282d2681334f57d1a8b3daa677443c60a26d47/test/lib/bamboo/adapters/smtp_adapter_test.exs; https://github.com/rjbs/Email-Sender/blob/0207c847268a888abc52753c7474468d4e749046/lib/Email/Sender/Transport/SMTP.pm; http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html; https://github.com/GluuFederation/oxTrust/issues/2098",
  },
  {
    // mailx asks for a password it was never given and then gives up.
    cause: "credentials-missing",
    pattern: /\bA password is necessary for SMTP authentication\b/i,
    confidence: 0.9,
    origin: "client",
    example: "Password: A password is necessary for SMTP authentication",
    source: "https://pastebin.com/ZkrjTEZz",
  },
  {
    // A device's or app's own check: the user name or password "must be provided" (HPE's error
    // 1124: "SMTP username, password, and encryption type must be provided together").
    cause: "credentials-missing",
    pattern: /\b(?:user ?name|password|credentials)\b[^.\n]{0,60}?\bmust be provided\b/i,
    confidence: 0.75,
    example:
      "SMTP username, password, and encryption type must be provided together when enabling authentication.",
    source: "https://support.hpe.com/docs/display/public/nmtp351en_us/gdg1480349123583.html",
  },
  {
    // gen_smtp's check of its options before connecting: auth "always" without a username and password.
    cause: "credentials-missing",
    pattern: /\{error, ?no_credentials\}/i,
    confidence: 0.85,
    origin: "client",
    example: "{error, no_credentials}",
    source:
      "https://github.com/gen-smtp/gen_smtp/blob/00ea91acdef8009c664479a61f29f32308dff3d9/src/gen_smtp_client.erl",
  },
  {
    // An app's own check before it signs in: a user name is set but the password is not.
    cause: "credentials-missing",
    pattern: /\bpassword is (?:unset|not set|empty|missing)\b/i,
    confidence: 0.85,
    origin: "client",
    example:
      "[Django] chat: An SMTP username was set (EMAIL_HOST_USER), but password is unset (EMAIL_HOST_PASSWORD).",
    source: "https://github.com/zulip/zulip/issues/23938",
  },
]);
