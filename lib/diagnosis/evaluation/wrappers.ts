import { analyzeText } from "../analyze-text";
import type { CorpusCase } from "./corpus";

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, " ");

/**
 * The ways people paste a reply the corpus holds bare: inside a client's exception, a log line, a
 * delivery report, a quoted mail, a JSON log, HTML. A reply the analyzer gets right bare should
 * come out the same inside each; `npm run eval:diagnosis -- --wrappers` prints how many do.
 */
export const PASTE_WRAPPERS: readonly (readonly [string, (reply: string) => string])[] = [
  [
    "nodemailer stack trace",
    (r) =>
      `Error: ${r}\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)`,
  ],
  ["one-line application log", (r) => `2024-05-01 10:00:00 ERROR mailer: ${oneLine(r)}`],
  ["lower-cased", (r) => r.toLowerCase()],
  [
    "typographic quotes (a word processor's copy)",
    (r) => r.replace(/'/g, "\u2019").replace(/"([^"\n]*)"/g, "\u201c$1\u201d"),
  ],
  ["no-break spaces (a web page's copy)", (r) => r.replace(/ /g, "\u00a0")],
  [
    "quoted in a mail (> )",
    (r) =>
      r
        .split("\n")
        .map((l) => `> ${l}`)
        .join("\n"),
  ],
  [
    "delivery report (Diagnostic-Code)",
    (r) => `Reporting-MTA: dns; mail.example.org\nAction: failed\nDiagnostic-Code: smtp; ${oneLine(r)}`,
  ],
  ["Exchange NDR (Remote Server returned)", (r) => `Remote Server returned '${oneLine(r)}'`],
  ["PHPMailer", (r) => `SMTP Error: ${oneLine(r)}`],
  [
    ".NET SmtpException",
    (r) =>
      `System.Net.Mail.SmtpException: ${oneLine(r)}\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)`,
  ],
  ["JSON log", (r) => `{"level":"error","msg":"send failed","error":${JSON.stringify(r)}}`],
  [
    "HTML-escaped",
    (r) => r.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"),
  ],
  [
    "Python traceback",
    (r) =>
      `Traceback (most recent call last):\n  File "app.py", line 10, in send\n    server.sendmail(a, b, msg)\nsmtplib.SMTPException: ${oneLine(r)}`,
  ],
];

export type WrapperScore = { wrapper: string; kept: number; n: number; lost: string[] };

/**
 * For every case answered right bare (success replies left out: a 250 inside an error log is no
 * longer plainly a success), whether each wrapper keeps the answer.
 */
export function wrapperRobustness(cases: readonly CorpusCase[]): WrapperScore[] {
  const right = cases.filter(
    (c) =>
      c.cause !== "unrecognised" &&
      c.cause !== "no-error" &&
      analyzeText(c.reply, { stage: c.stage }).rootCause.id === c.cause,
  );
  return PASTE_WRAPPERS.map(([wrapper, wrap]) => {
    const lost: string[] = [];
    for (const c of right) {
      const got = analyzeText(wrap(c.reply), { stage: c.stage }).rootCause.id;
      if (got !== c.cause) lost.push(`${c.id}: ${c.cause} → ${got}`);
    }
    return { wrapper, kept: right.length - lost.length, n: right.length, lost };
  });
}
