/**
 * The one message a run may send when the user asks for a real test: fixed subject and body made
 * by the server, a run reference and nothing the user typed (addresses are validated envelope
 * values). Lines never start with "." so no dot-stuffing is needed.
 */
export function buildTestMessage(params: { runId: string; from: string; to: string; date: Date }): {
  subject: string;
  messageId: string;
  text: string;
} {
  const subject = `SMTP Doctor test message (run ${params.runId})`;
  const messageId = `<${params.runId}@smtp-doctor.invalid>`;
  const lines = [
    `From: <${params.from}>`,
    `To: <${params.to}>`,
    `Subject: ${subject}`,
    `Date: ${params.date.toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: ${messageId}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 7bit",
    "",
    "This is a test message sent by SMTP Doctor to check that this mail server accepts",
    "mail with the settings being tested. No reply is needed.",
    "",
    `Run reference: ${params.runId}`,
  ];
  return { subject, messageId, text: lines.join("\r\n") };
}
