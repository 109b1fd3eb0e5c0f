import { gettextWording } from "../reply-patterns/gettext-languages";
import { PHPMAILER_AUTHENTICATE, phpMailerWording } from "../reply-patterns/phpmailer-languages";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { CURL, EXIM, JAVAMAIL, MAILKIT, PHPMAILER, PYTHON } from "../reply-patterns/sources";
import { thunderbirdWording } from "../reply-patterns/thunderbird-languages";
import { wordingTable } from "../reply-patterns/wording-table";

const MS_PRINTERS =
  "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off";

/**
 * How servers and client libraries word "Username or password rejected": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "auth-failed",
    origin: "client",
    pattern: /Login denied|username and password not accepted|Username and Password not accepted/i,
    confidence: 0.72,
    example: "Username and Password not accepted",
    source: `${PHPMAILER}; ${PYTHON}; ${JAVAMAIL}; ${CURL}`,
  },
  {
    // PHPMailer's own "SMTP Error: Could not authenticate." follows any failed sign-in step: a
    // refused password, but also a server that offered no AUTH, hung up or refused the client first.
    // Measured on 2026-12-02 over 15 such replies: a refused password in 4, unresolved in 4, the rest
    // spread over six causes; so only another possible cause, the server's own words decide.
    cause: "auth-failed",
    origin: "client",
    pattern: /SMTP Error: Could not authenticate/i,
    confidence: 0.38,
    example: "SMTP Error: Could not authenticate.",
    source: PHPMAILER,
  },

  {
    // Exception class names for any refused login: the server's reply inside, when pasted, decides.
    cause: "auth-failed",
    origin: "client",
    pattern: /SMTPAuthenticationError|AuthenticationFailedException|AuthenticationException/i,
    confidence: 0.6,
    example: "javax.mail.AuthenticationFailedException: 535 5.7.8 Error: authentication failed",
    source: `${PYTHON}; ${JAVAMAIL}; ${MAILKIT}`,
  },

  {
    cause: "auth-failed",
    pattern:
      /Username and Password not accepted|Incorrect authentication data|Bad username (?:\/ |or )password|Invalid (?:login|username|user(?: ?name)?) (?:or|and|\/) password|authentication credentials invalid|AuthenticationInvalidCredentials/i,
    confidence: 0.88,
    example: "535 Incorrect authentication data",
    source: EXIM,
  },

  {
    // The bare words: any refused login says them, including one refused for a reason the same
    // text names more precisely ("Authentication failed -- no supported authentication methods
    // found", "… generic failure" from a SASL back end that is down). Two in three replies with
    // them are a wrong password (297 of 448 on 11,874), so they stay below a cause's own words.
    // Postfix's own refusal of a SASL login is "535 5.7.0 Error: authentication failed: %s".
    cause: "auth-failed",
    pattern:
      /authentication failed(?!: the provided authorization grant|; cannot authenticate to server [^\s:]+(?:\[[^\]]*\])?: generic failure)/i,
    confidence: 0.8,
    example: "Auth failed: 535 5.7.8 Error: authentication failed: authentication failure",
    source: `code index id 46437774471 (Mail::SendGrid::Transport::SMTP test); vdukhovni/postfix postfix/src/smtpd/smtpd_sasl_glue.c (smtpd_chat_reply(state, "535 5.7.0 Error: authentication failed: %s"))`,
  },

  {
    cause: "auth-failed",
    pattern:
      /Authentication unsuccessful|(?<!SMTP Error: )Could not authenticate|invalid credentials(?! for relay)/i,
    confidence: 0.72,
    example: "535 5.7.3 Authentication unsuccessful",
    source: MS_PRINTERS,
  },
  {
    // nodemailer's "Invalid login" wrapper with no server reply that says more: measured 2026-12-03
    // over 6 such replies, a refused password 2, the rest an app password, a mailbox without SMTP
    // AUTH, a certificate or no AUTH offered. The likeliest, said at what it is worth.
    cause: "auth-failed",
    pattern: /Invalid login/i,
    confidence: 0.5,
    example: "Error: Invalid login",
    source: "nodemailer/nodemailer lib/smtp-connection/index.js (EAUTH 'Invalid login')",
  },
  {
    cause: "auth-failed",
    pattern: /authorization grant is invalid, expired, or revoked/i,
    confidence: 0.9,
    example:
      "<user@example.com>, Result: delayed, Status: 5.7.0 535 Authentication failed: The provided authorization grant is invalid, expired, or revoked, Remote-Host: smtp.sendgrid.net, Msg-Id: 04b901d45488$e52f6140$af8e23c0$@example.com",
    source: "https://github.com/sendgrid/docs/issues/3947",
  },
  {
    cause: "auth-failed",
    pattern:
      /"error":\s*"invalid_grant"|\binvalid_grant: Token has been expired or revoked|AADSTS7000215|AADSTS700082|Invalid client secret provided/i,
    confidence: 0.9,
    example: "AADSTS7000215: Invalid client secret provided",
    source:
      "public repository Exchange Online deployment guide, diagnostics table (code index id 70952190379); https://github.com/tarickb/sasl-xoauth2/issues/30; https://github.com/klenwell/pinprick/pull/4",
  },
  {
    cause: "auth-failed",
    pattern:
      /AUTH failure \([A-Z0-9-]+\):|authentication failure using internet password|\(auth failed, \d+ attempts?|pam_unix\(smtp:auth\): authentication failure|SASL\(-13\): (?:authentication failure|user not found)|too many errors after AUTH/i,
    confidence: 0.92,
    example:
      "May 24 01:59:07 server sm-mta[65815]: 14NNx65Q065815: AUTH failure (CRAM-MD5): user not found (-20) SASL(-13): user not found: user: scan@server.example.com property: userPassword not found in sasldb /usr/local/etc/sasldb2, user=scan, relay=[192.0.2.6]",
    source:
      "fail2ban/fail2ban fail2ban/tests/files/logs/sendmail-auth (debian fail2ban 1.0.2-2); fail2ban/fail2ban fail2ban/tests/files/logs/domino-smtp (debian fail2ban 1.0.2-2); fail2ban/fail2ban fail2ban/tests/files/logs/dovecot (debian fail2ban 1.0.2-2); https://github.com/fail2ban/fail2ban/issues/2407; https://github.com/fail2ban/fail2ban/issues/3793",
  },
  phpMailerWording("auth-failed", PHPMAILER_AUTHENTICATE, 0.85, "Error SMTP: Imposible autentificar."),
  {
    cause: "auth-failed",
    pattern:
      /Wrong (?:user ?name|login) or password|denied the login request|Authentication to the destination has failed/i,
    confidence: 0.85,
    stages: ["auth"],
    example: "0x8017 | 32791 | Wrong username or password",
    source:
      "https://infosys.beckhoff.com/content/1033/tcsmssmtpsrv/11386382475.html; https://www.easymanua.ls/siemens/simatic-net-et-200sp/manual?p=105; https://sites.google.com/view/howtoguidesforkyoceraprinters/send-scan-error-codes-and-explanations/1102",
  },
  {
    // The server's log of a wrong password; OAuth's refused refresh token; Erlang gen_smtp's own error atom.
    cause: "auth-failed",
    pattern:
      /SASL (?:\w+ )?authentication failure: (?:Password verification failed|checkpass failed|authentication failure)|\binvalid_grant\b|\bauth_failed\b/i,
    confidence: 0.86,
    example:
      "Apr 26 10:55:19 tcc1 postfix/smtpd[21126]: warning: SASL authentication failure: Password verification failed",
    source:
      "https://github.com/cyrusimap/cyrus-sasl (saslauthd/Cyrus SASL messages as Postfix logs them); RFC 6749 §5.2 (invalid_grant); gen_smtp (auth_failed)",
  },
  {
    // PHPMailer's 'could not authenticate' in the languages its users most often paste.
    cause: "auth-failed",
    pattern:
      /SMTP-Fehler: Authentifizierung fehlgeschlagen|Erreur SMTP ?: échec de l'authentification|Error SMTP: Imposible autentificar|Erro de SMTP: Não foi possível autenticar|SMTP Error: Impossibile autenticarsi|Ошибка SMTP: ошибка авторизации|SMTP-fout: authenticatie mislukt|SMTPエラー: 認証できませんでした|SMTP 错误：登录失败/i,
    confidence: 0.72,
    origin: "client",
    example: "SMTP-Fehler: Authentifizierung fehlgeschlagen.",
    source:
      "PHPMailer/PHPMailer language/phpmailer.lang-{de,fr,es,pt_br,it,ru,nl,ja,zh_cn}.php ('authenticate'); the English 'SMTP Error: Could not authenticate.' is the same message",
  },
  {
    cause: "auth-failed",
    pattern: /Incorrect (?:username ?\/ ?password|(?:username|login) or password)/i,
    confidence: 0.82,
    example: "Unhandled Exception: Incorrect username / password",
    source: "https://github.com/dart-mailer/mailer/issues/95",
  },
  {
    cause: "auth-failed",
    pattern:
      /サーバー \S+ の認証に失敗しました|无法向发件服务器（SMTP） ?\S+ ?进行认证|No se puede identificar al servidor de salida/i,
    confidence: 0.9,
    origin: "client",
    example:
      "送信 (SMTP) サーバー smtp.example.com の認証に失敗しました。パスワードを確認し、[アカウント設定] の [送信 (SMTP) サーバー] で [認証方式] が正しいことを確認してください。",
    source:
      "thunderbird/thunderbird-l10n ja/mail/chrome/messenger/messengercompose/composeMsgs.properties; thunderbird/thunderbird-l10n zh-CN/mail/chrome/messenger/messengercompose/composeMsgs.properties; thunderbird/thunderbird-l10n es-ES/mail/chrome/messenger/messengercompose/composeMsgs.properties (smtpAuthFailure)",
  },
  {
    cause: "auth-failed",
    pattern: /SMTP 오류: 인증할 수 없습니다/i,
    confidence: 0.88,
    origin: "client",
    example: "SMTP 오류: 인증할 수 없습니다.",
    source: "PHPMailer/PHPMailer language/phpmailer.lang-ko.php (authenticate)",
  },
  {
    cause: "auth-failed",
    pattern: /Code d'authentification invalide|Authorization has expired\. Reauthori[sz]e the account/i,
    confidence: 0.85,
    example: "550 5.7.0 Code d'authentification invalide OFR_305",
    source:
      "https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/franceptt.rb; https://www.qnap.com/hu-hu/how-to/faq/con_show.php?cid=1428",
  },
  {
    cause: "auth-failed",
    pattern:
      /Failed to authenticate on SMTP server with username "[^"]*" using \d+ possible authenticators?\W*$|\bPassword mismatch\b/i,
    confidence: 0.7,
    example:
      'Failed to authenticate on SMTP server with username "service.desk@example.com" using 2 possible authenticators',
    source:
      "https://github.com/grokability/snipe-it/issues/6789 (SwiftMailer); https://github.com/docker-mailserver/docker-mailserver/issues/479 (Dovecot)",
  },
  {
    // The client's own words for a refused login (Windows' SSPI "The logon attempt failed", iOS Mail, dma).
    cause: "auth-failed",
    pattern:
      /\bthe logon attempt failed\b|\buser ?name or password for .{1,120} is incorrect\b|\bSMTP login to \S+ failed\b/i,
    confidence: 0.82,
    origin: "client",
    example: "the logon attempt failed",
    source:
      "https://github.com/cunninghamp/Get-DailyBackupAlerts.ps1/issues/16; https://help.zoho.com/portal/en/community/topic/if-you-cannot-send-email-from-your-iphone-try-this-easy-fix; https://github.com/corecode/dma/blob/da0271b70d4bd6afea1e2e2707eb7de92ca5ec12/net.c (deliver_to_host: smtp_login() < 0) [rendered with host smtp.example.com]",
  },
  {
    // Thunderbird's smtpAuthFailure (English, German): the server refused the login.
    cause: "auth-failed",
    pattern:
      /Unable to authenticate to Outgoing server \(SMTP\)|Postausgangs-Server \(SMTP\) \S+ kann nicht authentifiziert werden/i,
    confidence: 0.85,
    origin: "client",
    example:
      "Der Postausgangs-Server (SMTP) smtp.example.com kann nicht authentifiziert werden. Bitte überprüfen Sie das Passwort und die gewählte „Authentifizierungsmethode“ unter „Konten-Einstellungen | Postausgangs-Server (SMTP)“.",
    source:
      "comm-central mail/locales/en-US/messenger/messengercompose/messengercompose.ftl (send-error-smtp-*) and mail/locales/en-US/chrome/messenger/messengercompose/composeMsgs.properties (smtpAuth*, startTlsFailed); https://github.com/thunderbird/thunderbird-l10n/blob/09e987749e000af2404ea1e3e666c75dc3eb16ff/de/mail/chrome/messenger/messengercompose/composeMsgs.properties",
  },
  {
    // Thunderbird's smtpAuthFailure in Italian.
    cause: "auth-failed",
    pattern: /Autenticazione non riuscita col server di posta in uscita/i,
    confidence: 0.85,
    origin: "client",
    example:
      "Autenticazione non riuscita col server di posta in uscita (SMTP) smtp.example.com. Controllare la password e verificare il “Metodo di autenticazione” in “Impostazioni account | Server posta in uscita (SMTP)”.",
    source:
      "https://github.com/thunderbird/thunderbird-l10n/blob/09e987749e000af2404ea1e3e666c75dc3eb16ff/it/mail/chrome/messenger/messengercompose/composeMsgs.properties",
  },
  {
    // A refused login in the client's or provider's words (not Microsoft's "Invalid credentials for relay", a connector refusal).
    cause: "auth-failed",
    pattern: /\b(?:incorrect|invalid|wrong|bad) credentials\b(?! for relay)/i,
    confidence: 0.85,
    example:
      "Authentication Failure - Incorrect credentials; Please connect your mailbox again with the right credentials and try again",
    source:
      "https://crmsupport.freshworks.com/en/support/solutions/articles/50000010122-troubleshooting-email-errors-in-freshchat; https://github.com/SilvioTormen/smtprelay (src/auth/auth-handler.js)",
  },
  {
    cause: "auth-failed",
    pattern: /\bauthentication rejected\b(?![:,]? ?(?:access disabled|your password is too))/i,
    confidence: 0.72,
    stages: ["auth"],
    example: "5.1.0 piWs1j0010jifNx01iWsdh authentication rejected",
    source:
      "https://support.forpsi.com/kb/a3898/konfigurace-smtp-serveru-autorizace.aspx?translation-detect=false",
  },
  {
    // Google answers a refused XOAUTH2 token with a 334 whose base64 decodes to {"status":"400"|"401","schemes":"Bearer",…}: the text starts eyJzdGF0dXMiOiI0 ({"status":"4). The token was refused (expired, wrong scope or account).
    cause: "auth-failed",
    pattern: /(?:^|\s)eyJzdGF0dXMiOiI0[A-Za-z0-9+/]*={0,2}/,
    confidence: 0.93,
    stages: ["auth"],
    example:
      "334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==",
    source:
      "Java SMTP sender source with XOAUTH2 error handling comment (stored copy code index id 31770621166)",
  },
  {
    // An OAuth 2.0 sign-in that failed before the mail server saw it: Entra does not know the application (client) ID given (AADSTS700016), or a copier's stored token can no longer be refreshed.
    cause: "auth-failed",
    pattern: /\bAADSTS700016\b/i,
    confidence: 0.82,
    example:
      "AADSTS700016: Application with identifier 'jdoe' was not found in the directory 'xxxx'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.",
    source: "https://github.com/simonrob/email-oauth2-proxy/issues/221",
  },
  {
    cause: "auth-failed",
    pattern: /\bToken update failed\. Please delete the token and obtain it again\b/i,
    confidence: 0.82,
    example: "Token update failed. Please delete the token and obtain it again.",
    source: "http://code.python88.com/l/gtS3rCaklf",
  },
  {
    cause: "auth-failed",
    pattern:
      /\b(?:Wrong|incorrect|invalid) (?:user ?name|login|username) (?:or|and|\/) password\b|\buser name or password for .{0,80}? is incorrect\b|\bCheck server login or password\b/i,
    confidence: 0.85,
    example: "0x8017 | 32791 | Wrong username or password",
    source:
      "https://github.com/marcpope/borgbackupserver/issues/16; https://github.com/PHPMailer/PHPMailer/issues/1281; https://github.com/PHPMailer/PHPMailer/issues/1287; https://infosys.beckhoff.com/content/1033/tcsmssmtpsrv/11386382475.html; https://docs.abbyy.com/flexi-capture/admin-guide/email-notification-smtp; https://github.com/glpi-project/glpi/issues/21728; https://github.com/dart-mailer/mailer/issues/95; https://github.com/Hosteroid/domain-monitor/issues/32",
  },
  {
    // The server's own record or reply that a sign-in with these credentials failed (sendmail, Domino, saslauthd, Alibaba's 526).
    cause: "auth-failed",
    pattern:
      /\bAUTH failure \((?:PLAIN|LOGIN|CRAM-MD5|DIGEST-MD5|NTLM)\)|\bauthentication failure using internet password\b|\bpam_unix\(smtp:auth\): authentication failure\b|\bAuthentication failure\[\d+\]|^\s*auth(?:entication)? failure\s*$/i,
    confidence: 0.8,
    example: "526 Authentication failure",
    source:
      "fail2ban/fail2ban fail2ban/tests/files/logs/sendmail-auth (debian fail2ban 1.0.2-2); fail2ban/fail2ban fail2ban/tests/files/logs/domino-smtp (debian fail2ban 1.0.2-2); https://github.com/fail2ban/fail2ban/issues/2407; fail2ban/fail2ban fail2ban/tests/files/logs/sendmail-auth (Debian fail2ban 1.0.2-2); fail2ban/fail2ban fail2ban/tests/files/logs/domino-smtp (Debian fail2ban 1.0.2-2); https://github.com/alibaba/canal/issues/554; Public repository project log on Worker secrets and OTP delivery (stored copy code index id 59111867462); https://ionos.ca/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email",
  },
  thunderbirdWording(
    "auth-failed",
    ["smtpAuthFailure"],
    0.85,
    "Der Postausgangs-Server (SMTP) smtp.example.com kann nicht authentifiziert werden.",
  ),
  gettextWording(
    "auth-failed",
    ["msmtp:authentication failed (method %s)"],
    0.7,
    "Authentifizierung fehlgeschlagen (Methode LOGIN)",
  ),
  gettextWording("auth-failed", ["mutt:SASL authentication failed"], 0.72, "L’autenticació SASL ha fallat."),
  {
    cause: "auth-failed",
    pattern: /\bInvalid username\b(?!\s*(?:or|and|\/))/i,
    confidence: 0.8,
    example: 'account.handler.resetPassword failed to send email err="535 Invalid username"',
    source: "https://github.com/donetick/donetick/issues/680",
  },
  {
    // The family: a login (logon, sign-in) that failed, was denied or rejected, however the client or server words it; weaker than a provider's own words for why.
    cause: "auth-failed",
    pattern:
      /\b(?:SMTP )?(?:log ?in|logon|sign-?in)(?: request| attempt)?\b[^.;\n]{0,30}?\b(?:failed|denied|rejected|not possible|unsuccessful)\b|\b(?:denied|refused|rejected) the (?:log ?in|logon|sign-?in)(?: request| attempt)?\b|\bunable to authenticate\b|\bauthentication rejected\b|\bPassword (?:verification failed|mismatch)\b|\bSASL\(-13\): (?:authentication failure|user not found)/i,
    confidence: 0.75,
    example: "The SMTP server has denied the login request.",
    source: "https://www.easymanua.ls/siemens/simatic-net-et-200sp/manual?p=105",
  },
  {
    // The family, as servers log it and clients report it: an authentication that failed, with
    // no reason given ("authentication failure", "auth failed", "failed to authenticate"). At the
    // AUTH stage 6 of the 8 corpus replies only this matches are refused logins; a SASL "generic
    // failure" (no usable mechanism or empty credentials) and Swift's "0 possible authenticators"
    // (no mechanism in common) are not, and are left out; so is a client that failed on a success
    // reply ('Expected response code 250 but got code "235"': the server accepted the login), nor
    // one whose authenticators got an empty response (the server said nothing: no verdict).
    cause: "auth-failed",
    pattern:
      /\b(?:auth(?:entication)? (?:failure|failed)|failed to authenticate|authentication error|bad authentication)\b(?![^\n]{0,200}?(?:generic failure|\busing 0 possible|All-whitespace|unexpected server response|got code "2\d\d"|got an empty response|got code "",|Authentication succe(?:eded|ssful)))/i,
    confidence: 0.6,
    stages: ["auth"],
    requireStage: true,
    example:
      "dovecot: submission-login: Remote closed connection (auth failed, 1 attempts in 2 secs): user=<user4>, method=PLAIN",
    source:
      "fail2ban/fail2ban fail2ban/tests/files/logs/dovecot; fail2ban/fail2ban fail2ban/tests/files/logs/domino-smtp; https://github.com/fail2ban/fail2ban/issues/2407; https://github.com/forwardemail/forwardemail.net/issues/362; https://github.com/python/cpython/blob/HEAD/Lib/test/test_smtplib.py",
  },
  {
    // Mailgun's own words for a refused SMTP login (a wrong SMTP password, or the API key given as one).
    cause: "auth-failed",
    pattern: /\bMailgun is not loving your login or password\b/i,
    confidence: 0.92,
    example: "535 5.7.0 Mailgun is not loving your login or password",
    source:
      "https://github.com/mailgun/documentation/issues/132; https://github.com/pivorakmeetup/pivorak-web-app/issues/712; https://github.com/faveosuite/faveo-helpdesk/issues/3105; https://github.com/azamuddin/mautic-mailgun-plugin/issues/1; https://github.com/mageplaza/magento-2-smtp/issues/31",
  },
  {
    // The family: the server no longer accepts the credential it was given (expired, revoked).
    cause: "auth-failed",
    pattern: /\bcredentials? (?:is |are |has |have )?(?:no longer valid|expired|been revoked|revoked)\b/i,
    confidence: 0.8,
    stages: ["auth", "mail"],
    example: "530 5.7.0 Credential no longer valid; reconnect and authenticate again",
    source: "go-smtp submission server auth errors (code index id 70988513182; errCredentialRevoked)",
  },
  {
    // The user name given for AUTH is not one the server takes (not an address, unknown).
    cause: "auth-failed",
    pattern: /\bUsername (?:used for auth )?is not (?:a )?valid\b/i,
    confidence: 0.78,
    stages: ["auth"],
    example: "501 Username used for auth is not valid email address",
    source: "https://github.com/mastodon/mastodon/issues/33404",
  },
  {
    // Sending services whose SMTP password is an API key (Resend, SendGrid): the key given is
    // not a valid one.
    cause: "auth-failed",
    pattern: /\bAPI key is invalid\b|\binvalid API key\b/i,
    confidence: 0.8,
    example: "gomail: could not send email 1: 450 API key is invalid",
    source: "code index id 54959813548 (Supabase email troubleshooting doc, §3a '450 API key is invalid')",
  },
  {
    // The concept: the client reports that the server did not accept the password or the
    // credentials it sent ("SMTP server did not accept the password."), the sign-in refused.
    cause: "auth-failed",
    pattern:
      /\b(?:did not|didn['’]?t|does not|doesn['’]?t) accept (?:the |your |my )?(?:password|credentials|user ?name and password|login)\b/i,
    confidence: 0.8,
    stages: ["auth"],
    example: "SMTP server did not accept the password.",
    source:
      "https://github.com/cakephp/cakephp/blob/0762410abc398d6c2a8939d49a8baf07475dfdbf/tests/TestCase/Mailer/Transport/SmtpTransportTest.php",
  },
  {
    // sSMTP's and mailx's own words when the server refused the login ("ssmtp: Authorization
    // failed (535 …)"); alone they say only that the sign-in was refused.
    cause: "auth-failed",
    pattern: /\bAuthori[sz]ation failed\b/i,
    confidence: 0.6,
    stages: ["auth"],
    requireStage: true,
    origin: "client",
    example: "ssmtp: Authorization failed",
    source: "https://github.com/ajwans/sSMTP/blob/HEAD/ssmtp.c",
  },
  {
    // QQ Mail's sign-in refusal lists every reason it may have ("Account is abnormal, service is
    // not open, password is incorrect, login frequency limited, or system is busy"); in four of six
    // threads the credential itself (a revoked or mistyped authorisation code) was refused.
    cause: "auth-failed",
    // (Above its "login frequency limited", which is one of the reasons it lists, not a verdict.)
    pattern: /Login fail\. Account is abnormal, service is not open/i,
    confidence: 0.92,
    example:
      "Error: Invalid login: 535 Login fail. Account is abnormal, service is not open, password is incorrect, login frequency limited, or system is busy.",
    source:
      "'SMTP Credential Failure Case Study', Case A (2026-08-23) (stored copy code index id 63213316243); cron-job-debugging skill reference, Case V (2026-10-03) QQ SMTP 535 transcript (code index id 70112253395); code index id 65769798196 (outage note '`toutiao-article-daily.py` recurring outage: 2026-08-25 → 2026-09-08'); code index id 57388494151 (Chinese batch review report, 'F1 [P1 / W3 D5 前置 blocker] SMTP 凭据 535 Login fail')",
  },
  {
    // The family: the password or the login itself refused, in a client's or a device's words
    // ("did not accept the password", "denied the login request", "Password invalid", "login
    // password is not valid", "SMTP login to … failed"): 5 of 5 corpus replies.
    cause: "auth-failed",
    pattern:
      /\b(?:did not|didn't) accept the password\b|\bdenied the login(?: request)?\b|\b(?:login )?password (?:is )?(?:not valid|invalid)\b|\bPassword invalid\b|\bSMTP login to \S+ failed\b/i,
    confidence: 0.8,
    stages: ["auth"],
    example: "SMTP server did not accept the password.",
    source:
      "https://www.easymanua.ls/siemens/simatic-net-et-200sp/manual?p=105; https://mb-datasuite.com/en/docs/e-mail-300-399/; https://github.com/corecode/dma/blob/da0271b70d4bd6afea1e2e2707eb7de92ca5ec12/net.c; mobizt/ESP-Mail-Client src/ESP_Mail_Const.h string table, esp_mail_str_47 (stored copy code index id 459685299); https://github.com/cakephp/cakephp/blob/0762410abc398d6c2a8939d49a8baf07475dfdbf/tests/TestCase/Mailer/Transport/SmtpTransportTest.php",
  },
  {
    // Orange's OFR 305: "invalid authentication code", its refusal of the sign-in (sisimai's
    // FrancePTT table).
    cause: "auth-failed",
    pattern: /\bCode d'authentification invalide\b/i,
    confidence: 0.88,
    example: "550 5.7.0 Code d'authentification invalide OFR 305",
    source:
      "https://github.com/sisimai/p5-sisimai/issues/243; https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/franceptt.rb",
  },
  {
    // The family: the server refused the login in a client's words ('The SMTP server has denied the login request', 'SMTP server did not accept the password', 'rejected the credentials').
    cause: "auth-failed",
    origin: "client",
    pattern:
      /\b(?:denied|refused|rejected|did not accept|didn't accept|does not accept) (?:the |your |my )?(?:login(?: request)?|password|credentials|sign-?in)\b/i,
    confidence: 0.75,
    example: "SMTP server did not accept the password.",
    source:
      "https://www.easymanua.ls/siemens/simatic-net-et-200sp/manual?p=105; https://github.com/cakephp/cakephp/blob/0762410abc398d6c2a8939d49a8baf07475dfdbf/tests/TestCase/Mailer/Transport/SmtpTransportTest.php; SMTP accounts manager development log, 'Verified against a real SMTP server, not a mock' (code index id 66586211220)",
  },
  {
    // Exchange Online's refusal of MAIL FROM that quotes the login refused before it ("5.7.57 Client not authenticated to
    // send mail. Error: 535 5.7.3 Authentication unsuccessful"): .NET and other clients send on after a failed AUTH, so
    // the login was tried and its credentials refused. (The 5.7.139 variants, "Authentication unsuccessful, …", name
    // other causes.)
    cause: "auth-failed",
    pattern: /\bnot authenticated to send mail\. Error: Authentication unsuccessful\b(?!,)/i,
    confidence: 0.8,
    example:
      "(530, b'5.7.57 Client not authenticated to send mail. Error: 535 5.7.3 Authentication unsuccessful",
    source:
      "https://github.com/renevanosnabrugge/SendEmail-BuildTask/issues/49; Project code-review findings, item W-A-10 'SMTP authentication failing in production code path' (code index id 52711287226); code index id 9184308699 (SQL setup/test script of a .NET leasing application with System.Net.Mail stack trace); code index id 59707938255 (project changelog, Bug Fix #2 OAuth2 SMTP Authentication Failure)",
  },
  {
    // The family: the username and password taken together were not found or not valid ('username password pair doesn't exist').
    cause: "auth-failed",
    pattern:
      /user(?:name)?[ /,-]*(?:and |or |\/)?password (?:pair|combination) (?:does(?:n't| not) exist|(?:is )?(?:invalid|incorrect|wrong|not (?:valid|found|recogni[sz]ed)))/i,
    confidence: 0.8,
    example: "554 Transaction failed, username password pair doesn't exist, try again.",
    source:
      "Python SMTP server serverInstance (AS-SERVER.DERBY.AC.UK coursework), commandLOGIN failure -> code554 (code index id 14179364210)",
  },
]);
