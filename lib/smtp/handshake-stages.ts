import type net from "node:net";
import type tls from "node:tls";
import { describeTls } from "./describe-tls";
import { parseEhlo } from "./parse-ehlo";
import { parseReply } from "./parse-reply";
import { ProbeError } from "./probe-errors";
import type { ProbeRun } from "./probe-run";
import type { EhloFacts, Reply } from "./probe-schema";
import { SmtpSession } from "./smtp-session";
import { describeTlsWarnings, summariseEhlo, summariseTls } from "./summarise-stage";

type Phase = "greeting" | "ehlo" | "starttls" | "ehlo2";

/**
 * Stages 4–6: nodemailer runs greeting → EHLO → STARTTLS → EHLO in one `connect()`, as devices
 * do. The transcript lines tell where each of our stages starts and ends, so a tracker on the
 * session's lines opens and closes them live. Returns the EHLO facts that count for AUTH (the
 * post-TLS ones when there was STARTTLS), or null when the run stopped.
 */
export async function handshakeStages(
  run: ProbeRun,
  carrier: net.Socket,
  address: string,
): Promise<EhloFacts | null> {
  const { input, recorder } = run;
  // An object, not a `let`: the session's callback updates it, and TypeScript must not narrow it.
  const state: { phase: Phase } = { phase: "greeting" };
  const replies: Record<Phase, Reply | null> = { greeting: null, ehlo: null, starttls: null, ehlo2: null };
  let usedHelo = false;

  const session = new SmtpSession({
    socket: carrier,
    secured: input.security === "tls",
    plaintext: input.security === "none",
    ipAddress: address,
    servername: run.servername,
    ehloName: run.ehloName ?? "",
    secureContext: run.secureContext,
    timeouts: run.timeouts,
    caps: run.caps,
    redactor: run.redactor,
    onLine: ({ dir, line }) => {
      run.record(dir, line);
      if (dir === "server") {
        const reply = parseReply(line);
        replies[state.phase] = reply;
        if (state.phase === "greeting" && reply.code === 220) {
          recorder.finish("greeting", {
            status: "ok",
            summary: "The server greeted with 220",
            reply,
          });
        }
        return;
      }
      if (/^(EHLO|HELO)\b/i.test(line)) {
        if (state.phase === "greeting") {
          recorder.start("ehlo");
          state.phase = "ehlo";
        } else if (state.phase === "starttls") {
          // The upgrade is done: the session's socket is now the TLS one.
          const secure = session.socket as tls.TLSSocket | null;
          if (secure && "getPeerCertificate" in secure)
            run.tlsFacts = describeTls(secure, "starttls", run.certificateName);
          state.phase = "ehlo2";
        }
        if (state.phase === "ehlo" && /^HELO/i.test(line)) usedHelo = true;
      } else if (/^STARTTLS$/i.test(line) && state.phase === "ehlo" && replies.ehlo) {
        const facts = parseEhlo(replies.ehlo, usedHelo);
        recorder.finish("ehlo", {
          status: "ok",
          summary: summariseEhlo(facts),
          reply: replies.ehlo,
          facts: { ehlo: facts },
        });
        recorder.start("tls");
        state.phase = "starttls";
      }
    },
  });
  run.session = session;
  recorder.start("greeting");
  try {
    await session.open();
  } catch (err) {
    run.fail(
      err,
      state.phase === "greeting" ? "greeting" : state.phase === "ehlo" ? "ehlo" : "tls",
      replies[state.phase],
    );
    return null;
  }

  if (state.phase === "ehlo") {
    const ehlo = parseEhlo(replies.ehlo ?? parseReply("250"), usedHelo);
    const warnings =
      input.security === "none" && ehlo.starttls
        ? ["The server offers STARTTLS, but these settings send everything unencrypted."]
        : [];
    recorder.finish("ehlo", {
      status: warnings.length > 0 ? "warn" : "ok",
      summary: summariseEhlo(ehlo),
      reply: replies.ehlo,
      facts: { ehlo },
      warnings,
    });
    if (input.security === "starttls") {
      recorder.start("tls");
      run.fail(
        new ProbeError(
          "ENOSTARTTLS",
          "The settings use STARTTLS, but the server's EHLO reply does not offer it",
        ),
        "tls",
        replies.ehlo,
      );
      await run.quit(false);
      return null;
    }
    if (input.security === "none") recorder.skip("tls", "Encryption is off in these settings");
    return ehlo;
  }

  const plain = parseEhlo(replies.ehlo ?? parseReply("250"), usedHelo);
  const secured = parseEhlo(replies.ehlo2 ?? parseReply("250"));
  const facts = run.tlsFacts;
  const warnings = facts ? describeTlsWarnings(facts) : ["TLS details could not be read"];
  recorder.finish("tls", {
    status: warnings.length > 0 ? "warn" : "ok",
    summary: facts ? summariseTls(facts) : "STARTTLS done",
    reply: replies.starttls,
    facts: { ...(facts ? { tls: facts } : {}), ehlo: plain, ehloAfterTls: secured },
    warnings,
  });
  return secured;
}
