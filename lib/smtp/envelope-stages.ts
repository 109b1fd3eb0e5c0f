import { parseReply } from "./parse-reply";
import { ProbeError } from "./probe-errors";
import type { ProbeRun } from "./probe-run";
import type { Reply } from "./probe-schema";
import { buildTestMessage } from "./test-message";

const positive = (reply: Reply) => reply.code >= 200 && reply.code < 300;

/**
 * Stages 8–10: MAIL FROM, RCPT TO (one at a time, so each reply is exact), and DATA only when a
 * real test message was requested. Returns whether an envelope is still open (so QUIT is
 * preceded by RSET: the server must see that no message follows).
 */
export async function envelopeStages(run: ProbeRun): Promise<{ envelopeOpen: boolean }> {
  const { input, recorder } = run;
  const session = run.session;
  if (!session) throw new ProbeError("EINTERNAL", "envelope stages without a session");

  recorder.start("mail");
  const mail = parseReply(await session.send(`MAIL FROM:<${input.from}>`));
  if (!positive(mail)) {
    run.fail(new ProbeError("EENVELOPE", "Sender refused"), "mail", mail);
    return { envelopeOpen: true };
  }
  recorder.finish("mail", { status: "ok", summary: "Sender accepted", reply: mail });

  recorder.start("rcpt");
  const recipients: { address: string; accepted: boolean; reply: Reply | null }[] = [];
  for (const address of input.to) {
    const reply = parseReply(await session.send(`RCPT TO:<${address}>`));
    recipients.push({ address, accepted: positive(reply), reply });
  }
  const refused = recipients.find((r) => !r.accepted);
  if (refused) {
    run.fail(new ProbeError("EENVELOPE", `Recipient ${refused.address} refused`), "rcpt", refused.reply, {
      recipients,
    });
    return { envelopeOpen: true };
  }
  const last = recipients[recipients.length - 1]?.reply ?? null;
  recorder.finish("rcpt", {
    status: "ok",
    summary: recipients.length === 1 ? "Recipient accepted" : `All ${recipients.length} recipients accepted`,
    reply: last,
    facts: { recipients },
  });

  if (!input.send) {
    recorder.skip(
      "data",
      "No test message sent: runs stop after RCPT TO unless a real test message is requested",
    );
    return { envelopeOpen: true };
  }
  recorder.start("data");
  const data = parseReply(await session.send("DATA"));
  if (data.code !== 354) {
    run.fail(new ProbeError("EMESSAGE", "DATA refused"), "data", data);
    return { envelopeOpen: true };
  }
  const message = buildTestMessage({
    runId: run.runId,
    from: input.from,
    to: input.to[0] ?? "",
    date: run.startedAt,
  });
  const logLine = `[test message "${message.subject}", ${message.text.length} bytes]\n.`;
  const end = parseReply(await session.send(`${message.text}\r\n.`, logLine));
  if (!positive(end)) {
    run.fail(new ProbeError("EMESSAGE", "Message refused"), "data", end);
    return { envelopeOpen: false };
  }
  recorder.finish("data", {
    status: "ok",
    summary: "Test message accepted",
    reply: end,
    facts: { messageId: message.messageId, subject: message.subject },
  });
  return { envelopeOpen: false };
}
