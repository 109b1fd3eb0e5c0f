import { randomBytes } from "node:crypto";
import net from "node:net";
import os from "node:os";
import tls from "node:tls";
import { authenticate, chooseMechanism } from "./authenticate";
import { certificateVerifies, describeTls } from "./describe-tls";
import { connectPinned, startImplicitTls } from "./open-socket";
import { parseEhlo } from "./parse-ehlo";
import { formatReply, parseReply } from "./parse-reply";
import { ProbeError } from "./probe-errors";
import { DEFAULT_CAPS, DEFAULT_TIMEOUTS, type ProbeOptions, type ProbeResolver } from "./probe-options";
import type {
  EhloFacts,
  ProbeInput,
  ProbeResult,
  Reply,
  StageEvent,
  StageName,
  TlsFacts,
  TranscriptEntry,
} from "./probe-schema";
import { redactDeep } from "./redact-secrets";
import { createSystemResolver, resolveSenderMx, resolveServer } from "./resolve-target";
import { sanitiseLine } from "./sanitize-text";
import { SmtpSession } from "./smtp-session";
import { StageRecorder } from "./stage-recorder";
import { describeTlsWarnings, summariseEhlo, summariseTls } from "./summarise-stage";
import { ipLiteral } from "./target-host";
import { judgeTarget } from "./target-policy";
import { buildTestMessage } from "./test-message";

/** The stages in the order they run for this security mode (implicit TLS comes before the greeting). */
export function plannedStages(security: ProbeInput["security"]): StageName[] {
  const middle: StageName[] = security === "tls" ? ["tls", "greeting", "ehlo"] : ["greeting", "ehlo", "tls"];
  return ["resolve", "guard", "connect", ...middle, "auth", "mail", "rcpt", "data", "quit"];
}

function withAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (err) => {
        signal.removeEventListener("abort", onAbort);
        reject(err);
      },
    );
  });
}

function asProbeError(err: unknown): ProbeError {
  if (err instanceof ProbeError) return err;
  return new ProbeError("EINTERNAL", err instanceof Error ? err.message : String(err));
}

function defaultEhloName(localAddress: string | undefined): string {
  const host = os.hostname();
  if (host.includes(".")) return host;
  // RFC 5321 4.1.3: an address literal when there is no fully qualified name.
  if (!localAddress) return "[127.0.0.1]";
  return net.isIPv6(localAddress) ? `[IPv6:${localAddress}]` : `[${localAddress}]`;
}

/**
 * Runs the staged probe: resolve → guard → connect → greeting → EHLO → TLS → AUTH → MAIL → RCPT
 * → (DATA only when asked) → QUIT. Never throws for what a server says: a refusal is a result.
 */
export async function runProbe(input: ProbeInput, options: ProbeOptions): Promise<ProbeResult> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const caps = { ...DEFAULT_CAPS, ...options.caps };
  const runId = randomBytes(6).toString("hex");
  const startedAt = new Date();
  const t0 = performance.now();
  const credentials = input.credentials;
  const secrets =
    credentials?.kind === "password"
      ? [credentials.password]
      : credentials?.kind === "oauth2"
        ? [credentials.accessToken]
        : [];
  const emit = (event: StageEvent) => options.onEvent?.(redactDeep(event, secrets));
  const recorder = new StageRecorder(emit);
  const transcript: TranscriptEntry[] = [];
  const planned = plannedStages(input.security);
  const host = input.host.trim();
  const literal = ipLiteral(host);
  const servername = literal ? undefined : host.replace(/\.$/, "");
  const senderDomain = input.from.split("@").pop() ?? "";
  let ehloName = input.ehloName ?? options.defaultEhloName;

  const run = new AbortController();
  const deadline = setTimeout(
    () =>
      run.abort(
        new ProbeError("EDEADLINE", `The test was stopped after ${timeouts.runMs} ms (run time limit)`),
      ),
    timeouts.runMs,
  );
  const onCancel = () => run.abort(new ProbeError("ECANCELLED", "The test was cancelled"));
  if (options.signal?.aborted) onCancel();
  options.signal?.addEventListener("abort", onCancel, { once: true });

  const record = (dir: TranscriptEntry["dir"], text: string) => {
    const t = Math.round(performance.now() - t0);
    for (const line of text.split("\n")) {
      const entry: TranscriptEntry = { t, dir, line: sanitiseLine(line) };
      transcript.push(entry);
      emit({ type: "transcript", entry });
    }
  };

  let session: SmtpSession | null = null;
  run.signal.addEventListener("abort", () => session?.abort(asProbeError(run.signal.reason)), { once: true });

  /** Fails the open stage (or starts `fallback` to fail it), with the best reply we have. */
  const failStage = (err: unknown, fallback: StageName, reply: Reply | null = null, facts = {}) => {
    const failure = asProbeError(err);
    const name = recorder.current ?? fallback;
    if (!recorder.current) recorder.start(name);
    const evidence = reply ?? (failure.response ? parseReply(failure.response) : null);
    recorder.finish(name, {
      status: "failed",
      summary: evidence ? `${failure.message.split(":")[0]}: ${formatReply(evidence)}` : failure.message,
      reply: evidence,
      error: failure.toStageError(),
      facts,
    });
  };

  try {
    // 1. resolve
    recorder.start("resolve");
    const resolver: ProbeResolver = options.resolver ?? createSystemResolver(timeouts.dnsMs);
    const mxLookup = withAbort(resolveSenderMx(resolver, senderDomain), run.signal).catch((err) => ({
      mx: [],
      error: asProbeError(err).message,
    }));
    let addresses: string[];
    try {
      addresses = literal ? [literal] : await withAbort(resolveServer(resolver, host), run.signal);
    } catch (err) {
      const mx = await mxLookup;
      failStage(err, "resolve", null, { senderDomain, senderMx: mx.mx, senderMxError: mx.error });
      return finishRun();
    }
    const mx = await mxLookup;
    recorder.finish("resolve", {
      status: "ok",
      summary: literal
        ? `${literal} is an IP address: no DNS lookup needed`
        : `${host} resolves to ${addresses.join(", ")}`,
      facts: { addresses, senderDomain, senderMx: mx.mx, senderMxError: mx.error },
    });

    // 2. guard: every address must be allowed before any socket opens
    recorder.start("guard");
    const verdict = judgeTarget(addresses, input.port, options.policy);
    if (!verdict.allowed) {
      failStage(new ProbeError("EBLOCKED", `Not tested: ${verdict.reason}`), "guard");
      return finishRun();
    }
    recorder.finish("guard", {
      status: "ok",
      summary:
        verdict.by === "public"
          ? "Public address on an SMTP port: allowed"
          : "Address allowed by this server's operator setting",
      facts: { allowedBy: verdict.by },
    });

    // 3. connect (pinned to the validated addresses)
    recorder.start("connect");
    let socket: net.Socket;
    try {
      const opened = await connectPinned(addresses, input.port, timeouts.connectMs, run.signal);
      socket = opened.socket;
      recorder.finish("connect", {
        status: "ok",
        summary: `Connected to ${socket.remoteAddress}:${socket.remotePort}`,
        facts: {
          attempts: opened.attempts,
          remoteAddress: socket.remoteAddress ?? "",
          remotePort: socket.remotePort ?? input.port,
          localAddress: socket.localAddress ?? "",
        },
      });
    } catch (err) {
      const attempts = (err as { attempts?: unknown }).attempts;
      failStage(err, "connect", null, Array.isArray(attempts) ? { attempts } : {});
      return finishRun();
    }
    // Errors are reported through nodemailer once it owns the socket; this keeps an early one
    // (before that) from becoming an uncaught exception.
    socket.on("error", () => {});
    ehloName ??= defaultEhloName(socket.localAddress);

    const ca = options.trustedCa?.length ? [...tls.rootCertificates, ...options.trustedCa] : undefined;
    let tlsFacts: TlsFacts | null = null;
    let carrier: net.Socket = socket;
    if (input.security === "tls") {
      recorder.start("tls");
      try {
        const secure = await startImplicitTls(socket, servername, ca, timeouts.greetingMs, run.signal);
        tlsFacts = describeTls(secure, "implicit", servername ?? literal ?? host);
        carrier = secure;
        const warnings = describeTlsWarnings(tlsFacts);
        recorder.finish("tls", {
          status: warnings.length > 0 ? "warn" : "ok",
          summary: summariseTls(tlsFacts),
          facts: { tls: tlsFacts },
          warnings,
        });
      } catch (err) {
        failStage(err, "tls");
        return finishRun();
      }
    }

    // 4–6. greeting, EHLO, STARTTLS + EHLO again: nodemailer runs them; the transcript tells us
    // where each stage starts and ends.
    const hs = {
      phase: "greeting" as "greeting" | "ehlo" | "starttls" | "ehlo2",
      greeting: null as Reply | null,
      ehlo: null as Reply | null,
      starttls: null as Reply | null,
      ehlo2: null as Reply | null,
      usedHelo: false,
    };
    const current = new SmtpSession({
      socket: carrier,
      secured: input.security === "tls",
      plaintext: input.security === "none",
      ipAddress: socket.remoteAddress ?? addresses[0] ?? host,
      servername,
      ehloName,
      tls: { ca },
      timeouts,
      caps,
      onLine: ({ dir, line }) => {
        record(dir, line);
        if (dir === "server") {
          const reply = parseReply(line);
          if (hs.phase === "greeting") {
            hs.greeting = reply;
            if (reply.code === 220) {
              recorder.finish("greeting", {
                status: "ok",
                summary: `Server greeted: ${formatReply(reply)}`,
                reply,
              });
            }
          } else if (hs.phase === "ehlo") hs.ehlo = reply;
          else if (hs.phase === "starttls") hs.starttls = reply;
          else hs.ehlo2 = reply;
          return;
        }
        if (/^(EHLO|HELO)\b/i.test(line)) {
          const helo = /^HELO/i.test(line);
          if (hs.phase === "greeting") {
            recorder.start("ehlo");
            hs.phase = "ehlo";
          } else if (hs.phase === "starttls") {
            const secureSocket = current.socket as tls.TLSSocket | null;
            if (secureSocket && "getPeerCertificate" in secureSocket) {
              tlsFacts = describeTls(secureSocket, "starttls", servername ?? literal ?? host);
            }
            hs.phase = "ehlo2";
          }
          if (helo && hs.phase === "ehlo") hs.usedHelo = true;
        } else if (/^STARTTLS$/i.test(line) && hs.phase === "ehlo" && hs.ehlo) {
          const facts = parseEhlo(hs.ehlo, hs.usedHelo);
          recorder.finish("ehlo", {
            status: "ok",
            summary: summariseEhlo(facts),
            reply: hs.ehlo,
            facts: { ehlo: facts },
          });
          recorder.start("tls");
          hs.phase = "starttls";
        }
      },
    });
    session = current;
    recorder.start("greeting");
    try {
      await session.open();
    } catch (err) {
      const byPhase = { greeting: hs.greeting, ehlo: hs.ehlo, starttls: hs.starttls, ehlo2: hs.ehlo2 }[
        hs.phase
      ];
      failStage(err, hs.phase === "greeting" ? "greeting" : hs.phase === "ehlo" ? "ehlo" : "tls", byPhase);
      return finishRun();
    }

    let ehlo: EhloFacts;
    if (hs.phase === "ehlo") {
      ehlo = parseEhlo(hs.ehlo ?? parseReply("250"), hs.usedHelo);
      const warnings =
        input.security === "none" && ehlo.starttls
          ? ["The server offers STARTTLS, but these settings send everything unencrypted."]
          : [];
      recorder.finish("ehlo", {
        status: warnings.length > 0 ? "warn" : "ok",
        summary: summariseEhlo(ehlo),
        reply: hs.ehlo,
        facts: { ehlo },
        warnings,
      });
      if (input.security === "starttls") {
        recorder.start("tls");
        failStage(
          new ProbeError(
            "ENOSTARTTLS",
            "The settings use STARTTLS, but the server's EHLO reply does not offer it",
          ),
          "tls",
          hs.ehlo,
        );
        return await quitAndFinish(false);
      }
      if (input.security === "none") recorder.skip("tls", "Encryption is off in these settings");
    } else {
      const plainEhlo = parseEhlo(hs.ehlo ?? parseReply("250"), hs.usedHelo);
      ehlo = parseEhlo(hs.ehlo2 ?? parseReply("250"));
      const facts = tlsFacts as TlsFacts | null;
      const warnings = facts ? describeTlsWarnings(facts) : ["TLS details could not be read"];
      recorder.finish("tls", {
        status: warnings.length > 0 ? "warn" : "ok",
        summary: facts ? summariseTls(facts) : "STARTTLS done",
        reply: hs.starttls,
        facts: { ...(facts ? { tls: facts } : {}), ehlo: plainEhlo, ehloAfterTls: ehlo },
        warnings,
      });
    }

    // 7. auth
    if (!credentials) {
      recorder.skip("auth", "No authentication in these settings");
    } else {
      recorder.start("auth");
      const verified = tlsFacts ? certificateVerifies(tlsFacts) : false;
      const mechanism = chooseMechanism(credentials, ehlo.authMechanisms);
      if (!session.secure) {
        failStage(
          new ProbeError(
            "ENOTLS",
            "Authentication is on but the connection is not encrypted: the password was not sent",
          ),
          "auth",
          null,
          { credentialsSent: false },
        );
        return await quitAndFinish(false);
      }
      if (!verified && !input.allowUntrustedCert) {
        failStage(
          new ProbeError(
            "ECERT",
            "The server's certificate did not verify, so the password was not sent (allow an untrusted certificate for this run to test anyway)",
          ),
          "auth",
          null,
          { credentialsSent: false },
        );
        return await quitAndFinish(false);
      }
      if (ehlo.authMechanisms.length === 0) {
        failStage(
          new ProbeError(
            "ENOAUTH",
            "The server does not offer AUTH on this connection: the password was not sent",
          ),
          "auth",
          null,
          { credentialsSent: false },
        );
        return await quitAndFinish(false);
      }
      if (!mechanism) {
        failStage(
          new ProbeError(
            "EAUTH",
            `The server offers ${ehlo.authMechanisms.join(", ")}, none of which fits these credentials`,
          ),
          "auth",
          null,
          { credentialsSent: false },
        );
        return await quitAndFinish(false);
      }
      const reply = parseReply(await authenticate(session, mechanism, credentials));
      if (reply.code !== 235) {
        failStage(new ProbeError("EAUTH", `Login refused`, null), "auth", reply, {
          mechanism,
          credentialsSent: true,
        });
        return closeAndFinish();
      }
      recorder.finish("auth", {
        status: "ok",
        summary: `Logged in as ${credentials.username} with ${mechanism}`,
        reply,
        facts: { mechanism, credentialsSent: true },
      });
    }

    // 8. MAIL FROM
    recorder.start("mail");
    const mailReply = parseReply(await session.send(`MAIL FROM:<${input.from}>`));
    if (mailReply.code < 200 || mailReply.code >= 300) {
      failStage(new ProbeError("EENVELOPE", "Sender refused"), "mail", mailReply);
      return await quitAndFinish(true);
    }
    recorder.finish("mail", {
      status: "ok",
      summary: `Sender accepted: ${formatReply(mailReply)}`,
      reply: mailReply,
    });

    // 9. RCPT TO, one at a time so each reply is exact
    recorder.start("rcpt");
    const recipients: { address: string; accepted: boolean; reply: Reply | null }[] = [];
    for (const address of input.to) {
      const reply = parseReply(await session.send(`RCPT TO:<${address}>`));
      recipients.push({ address, accepted: reply.code >= 200 && reply.code < 300, reply });
    }
    const refused = recipients.find((r) => !r.accepted);
    if (refused) {
      failStage(new ProbeError("EENVELOPE", `Recipient ${refused.address} refused`), "rcpt", refused.reply, {
        recipients,
      });
      return await quitAndFinish(true);
    }
    recorder.finish("rcpt", {
      status: "ok",
      summary: `${recipients.length === 1 ? "Recipient" : "All recipients"} accepted: ${formatReply(recipients[0]?.reply ?? parseReply("250"))}`,
      reply: recipients[recipients.length - 1]?.reply ?? null,
      facts: { recipients },
    });

    // 10. DATA, only on request
    if (!input.send) {
      recorder.skip(
        "data",
        "No test message sent: runs stop after RCPT TO unless a real test message is requested",
      );
      return await quitAndFinish(true);
    }
    recorder.start("data");
    const dataReply = parseReply(await session.send("DATA"));
    if (dataReply.code !== 354) {
      failStage(new ProbeError("EMESSAGE", "DATA refused"), "data", dataReply);
      return await quitAndFinish(true);
    }
    const message = buildTestMessage({ runId, from: input.from, to: input.to[0] ?? "", date: startedAt });
    const endReply = parseReply(
      await session.send(
        `${message.text}\r\n.`,
        `[test message "${message.subject}", ${message.text.length} bytes]\n.`,
      ),
    );
    if (endReply.code < 200 || endReply.code >= 300) {
      failStage(new ProbeError("EMESSAGE", "Message refused"), "data", endReply);
      return await quitAndFinish(false);
    }
    recorder.finish("data", {
      status: "ok",
      summary: `Test message accepted: ${formatReply(endReply)}`,
      reply: endReply,
      facts: { messageId: message.messageId, subject: message.subject },
    });
    return await quitAndFinish(false);
  } catch (err) {
    failStage(err, recorder.current ?? planned.find((name) => !recorder.has(name)) ?? "quit");
    return closeAndFinish();
  } finally {
    clearTimeout(deadline);
    options.signal?.removeEventListener("abort", onCancel);
  }

  /** RSET (when an envelope is open) and QUIT, reported as the quit stage; a dead session is skipped. */
  async function quitAndFinish(reset: boolean): Promise<ProbeResult> {
    const live = session;
    if (!live || live.error) return closeAndFinish();
    recorder.start("quit");
    try {
      if (reset) await live.send("RSET");
      const reply = parseReply(await live.send("QUIT"));
      recorder.finish("quit", {
        status: reply.code === 221 ? "ok" : "warn",
        summary:
          reply.code === 221 ? "Closed the session politely" : `Unexpected QUIT reply: ${formatReply(reply)}`,
        reply,
        warnings: reply.code === 221 ? [] : ["The server did not answer QUIT with 221"],
      });
    } catch (err) {
      const failure = asProbeError(err);
      recorder.finish("quit", {
        status: "warn",
        summary: `Could not close the session cleanly: ${failure.message}`,
        error: failure.toStageError(),
        warnings: ["The session did not end with 221"],
      });
    }
    return closeAndFinish();
  }

  function closeAndFinish(): ProbeResult {
    session?.close();
    return finishRun();
  }

  function finishRun(): ProbeResult {
    const failed = recorder.stages.find((stage) => stage.status === "failed");
    for (const name of planned) {
      if (!recorder.has(name)) {
        recorder.skip(name, failed ? `Not run: the ${failed.name} stage failed` : "Not run");
      }
    }
    const stages = [...recorder.stages].sort((a, b) => planned.indexOf(a.name) - planned.indexOf(b.name));
    const result: ProbeResult = {
      runId,
      startedAt: startedAt.toISOString(),
      durationMs: Math.round(performance.now() - t0),
      target: {
        host,
        port: input.port,
        security: input.security,
        auth: credentials?.kind ?? "none",
        username: credentials?.username ?? null,
        from: input.from,
        to: input.to,
        ehloName: ehloName ?? "",
        send: input.send,
      },
      outcome: failed ? "failed" : stages.some((stage) => stage.status === "warn") ? "warn" : "ok",
      failedStage: failed?.name ?? null,
      stages,
      transcript,
    };
    return redactDeep(result, secrets);
  }
}
