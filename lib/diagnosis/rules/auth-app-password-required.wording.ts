import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "An app password (or OAuth) is required": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "auth-app-password-required",
    pattern:
      /Application-specific password required|InvalidSecondFactor|app(?:lication)?[- ]specific password/i,
    confidence: 0.96,
    example:
      "534-5.7.9 Application-specific password required. Learn more at\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor o16-20020a170902d4d000b0016d3935eff0sm4816631plg.176 - gsmtp",
    source: "https://support.google.com/accounts/answer/185833 (quoted by nodemailer users)",
  },

  // Authentication.
  {
    // Chinese providers (QQ, 163, 126) call their app password an "authorization code" (授权码),
    // in some replies an "authorized code"; others say to use, create or generate an app password.
    cause: "auth-app-password-required",
    pattern:
      /authori[sz](?:ation|ed) code|授权码|\b(?:use|create|generate) (?:an? )?(?:app|application)[- ]?(?:specific )?password/i,
    confidence: 0.93,
    example:
      "535 Login Fail. Please enter your authorization code to login. More information in http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256",
    source:
      "https://github.com/YMFE/yapi/issues/2219; https://github.com/DesertsP/Valine-Admin/issues/112; https://github.com/gshang2017/docker/issues/18",
  },

  {
    // Yahoo/AOL answer a login with the account password (no app password) with AUTH005.
    cause: "auth-app-password-required",
    pattern: /\(#AUTH005\)/i,
    provider: "yahoo",
    confidence: 0.93,
    example: "535 5.7.0 (#AUTH005) Too many bad auth attempts.",
    source:
      "https://github.com/nedimf/maildroid/issues/17; https://github.com/nodemailer/nodemailer/issues/1112; https://github.com/GUI/lua-resty-mail/issues/4",
  },
  {
    cause: "auth-app-password-required",
    pattern:
      /Application password is REQUIRED|\bNEOBHODIM parol prilozheniya\b|create an app(?:lication)? password|app(?:lication)?[- ]specific password (?:is )?required|use an? app(?:lication)? password/i,
    confidence: 0.92,
    example:
      "[22:33:40] ERROR (payload): There is an error with the email configuration you have provided. Error: Invalid login: 535 5.7.0 NEOBHODIM parol prilozheniya https://help.mail.ru/mail/security/protection/external / Application password is REQUIRED",
    source:
      "https://github.com/lmanukyan/print-designer/issues/5; https://github.com/Purelymail/purelymail-issues/issues/337; Mail.ru's refusal transliterated ('НЕОБХОДИМ пароль приложения', an app password is required), Russian developer notes (code index ids 59176562466, 10346784480)",
  },
  {
    cause: "auth-app-password-required",
    pattern:
      /only application passwords are allowed|application passwords? (?:is |are )?required|since 2FA is enabled/i,
    confidence: 0.9,
    example: "Only application passwords are allowed since 2FA is enabled",
    source:
      "https://support.kerioconnect.gfi.com/article/130064-fixing-smtp-ntlm-authentication-failures-for-service-accounts-in-kerio-connect",
  },
  {
    // QQ Mail's sign-in refusal: it signs in only with the authorisation code made after turning SMTP on.
    cause: "auth-app-password-required",
    // The same words also answer a wrong authorisation code or a locked account: of six such
    // replies four were a refused credential (auth-failed names it), two the missing code.
    pattern: /Login fail\. Account is abnormal, service is not open/i,
    confidence: 0.7,
    yieldsTo: "auth-failed",
    example:
      "535 Login fail. Account is abnormal, service is not open, password is incorrect, login frequency limited, or system is busy.",
    source: "code index id 24953610354 (project doc 'QQ邮箱配置详细步骤', Spring Boot dormitory project)",
  },
  {
    // SendGrid with 2FA on: the password is refused; an API key (username apikey) is the credential.
    cause: "auth-app-password-required",
    pattern: /\bBasic authentication is not allowed with 2FA enabled\b/i,
    confidence: 0.9,
    example:
      "535 Authentication failed: Basic authentication is not allowed with 2FA enabled. To fix, see https://sendgrid.com/docs/for-developers/sending-email/authentication/#basic-authentication",
    source:
      "https://github.com/openpolitics/groupthink/issues/459; https://github.com/solid/solidcommunity.net/issues/23",
  },
  {
    // NetEase's (163/126) "550 User has no permission" at sign-in: SMTP is off for the mailbox,
    // and turning it on makes the authorisation code that must replace the password (four threads'
    // fix; two were a banned account, two SMTP simply switched off).
    cause: "auth-app-password-required",
    pattern: /\bUser has no permission\b/i,
    confidence: 0.75,
    stages: ["auth"],
    example: "smtplib.SMTPAuthenticationError: (550, b'User has no permission')",
    source:
      "Chinese Spring JavaMailSender configuration with comments, smtp.163.com:465 (stored copy code index id 19369048533); Java booking controller (SendEmail setup) with comment on the 163 app password (stored copy code index id 10031209958); Chinese Python email notes, section '常见错误' (stored copy code index id 18759424867); Node sendAlertMail helper with documented failure cases 1-5 (code index id 45564734759)",
  },
  {
    // QQ Mail's help page 1001256 is the one on its authorization code (its app password): a refused login that
    // links it asks for that code, also where the Chinese words around the link came out garbled.
    cause: "auth-app-password-required",
    pattern: /service\.mail\.qq\.com\/cgi-bin\/help\?[^\s)"]*\bno=1001256\b/i,
    confidence: 0.9,
    example:
      "Error: 请使用授权码登录。详情请看: http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256",
    source:
      "https://github.com/YMFE/yapi/issues/2219; https://github.com/DesertsP/Valine-Admin/issues/112; https://github.com/gshang2017/docker/issues/18; https://github.com/ZsgsDesign/NOJ/issues/93; https://github.com/pandolia/qqbot/issues/221; https://github.com/DesertsP/Valine-Admin/issues/86; https://github.com/louislam/uptime-kuma/issues/3434; https://github.com/huangxuan518/HXPackRobot/issues/15; public Java mail health-check code quoting the exception (code index id 38341003135); https://github.com/elunez/eladmin/issues/571; https://github.com/FeeiCN/GSIL/issues/70; public test file comment (sendtextapi email test), code index id 4789727354; Ubuntu Forums archive (https://github.com/Ubuntu-Community-Team/Ubuntu-Forums-Archive), Server Platforms thread 'sending mail by php', 2016-06-27, post by pedro_rodriguez2 (code index id 56758205387); Chinese JavaMail notes (MailInfo / MailSendUtils, stored copy code index id 5844779233); https://github.com/DesertsP/Valine-Admin/issues/16; code index id 24511787159 (Chinese Synology NAS setup notes, '设置qq邮箱' section); https://github.com/pandolia/qqbot/issues/36; Chinese mailx with QQ SMTP setup note, mail.rc section (code index id 47922254443); code index id 222141754 (Chinese rule-engine component doc, e-mail component error example); https://github.com/talebook/talebook/issues/292; Python unit test for sendEmail via smtp.qq.com with expected 535 log (code index id 15367494556); Chinese blog post 'smtp经过http代理' with a telnet transcript (code index id 38635214434); Chinese Spring Boot mail tutorial, section 常见错误 (code index id 20154343345)",
  },
]);
