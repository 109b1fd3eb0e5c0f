import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "Sign-in blocked until the user signs in on the web": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "auth-web-login-required",
    pattern:
      /log ?in (?:via|with|through) your web browser|\blog ?in to your webmail(?: account)? first\b|WebLoginRequired|ContinueSignIn|sign in (?:via|with|on|through) (?:the|your) web/i,
    confidence: 0.96,
    example:
      "534-5.7.14 Please log in via your web browser and then try again.\n534-5.7.14 Learn more at\n534 5.7.14 https://support.google.com/mail/bin/answer.py?answer=78754 d32sm8306558qga.12 - gsmtp",
    source:
      "https://github.com/nodemailer/nodemailer/issues/310; https://github.com/b1gMail/b1gMailServer/blob/HEAD/src/smtp/smtp_auth.cpp",
  },
  {
    cause: "auth-web-login-required",
    pattern: /use (?:the )?web (?:interface )?for sending|prove you are not a robot/i,
    confidence: 0.9,
    example:
      "5.7.8 Error: authentication failed: Your message looks like spam. You need to use web for sending or prove you are not a robot using the following link http://ya.cc....",
    source: "https://github.com/higty/higlabo/pull/17",
  },
  {
    // Yandex: a hosted (domain) mailbox whose user has not yet accepted the user agreement in the
    // web interface; SMTP sign-in is refused until they do.
    cause: "auth-web-login-required",
    pattern: /\bPlease accept EULA first\b/i,
    confidence: 0.9,
    example: "535 5.7.8 Error: authentication failed: Please accept EULA first.",
    source:
      "code index id 29277230650 (Yandex nwsmtp pytest suite for SMTP AUTH rejections, test_rejection_for_non_accepted_eula)",
  },
]);
