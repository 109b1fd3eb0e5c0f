import { randomBytes } from "node:crypto";
import type tls from "node:tls";
import { canonicalAddress, canonicalHostName } from "./canonical-target";
import { monotonicMs } from "./monotonic-ms";
import { formatReply, parseReply } from "./parse-reply";
import { plannedStages } from "./planned-stages";
import { ProbeError } from "./probe-errors";
import {
  type Admission,
  DEFAULT_CAPS,
  DEFAULT_TIMEOUTS,
  type ProbeCaps,
  type ProbeOptions,
  type ProbeTimeouts,
} from "./probe-options";
import type {
  ProbeInput,
  ProbeResult,
  Reply,
  StageEvent,
  StageFacts,
  StageName,
  TlsFacts,
  TranscriptEntry,
} from "./probe-schema";
import { AuthRedactor } from "./redact-secrets";
import type { SenderMx } from "./resolve-target";
import { sanitiseLine } from "./sanitize-text";
import { secureContextFor } from "./secure-context";
import type { SmtpSession } from "./smtp-session";
import { STAGE_LABELS } from "./stage-labels";
import { StageRecorder } from "./stage-recorder";
import { ipLiteral } from "./target-host";

/** What the caller's `admit` hook threw: rethrown by runProbe as is, never turned into a finding. */
export class RefusedByCaller extends Error {
  constructor(readonly reason: unknown) {
    super("refused by the caller");
  }
}

export function asProbeError(err: unknown): ProbeError {
  if (err instanceof ProbeError) return err;
  return new ProbeError("EINTERNAL", err instanceof Error ? err.message : String(err));
}

/**
 * One run's state: settings, the stage recorder, the transcript, the deadline and cancellation,
 * and the session once there is one. Stage functions share it; it builds the final result.
 */
export class ProbeRun {
  readonly runId = randomBytes(6).toString("hex");
  readonly startedAt = new Date();
  readonly timeouts: ProbeTimeouts;
  readonly caps: ProbeCaps;
  readonly recorder: StageRecorder;
  readonly transcript: TranscriptEntry[] = [];
  readonly planned: StageName[];
  readonly host: string;
  readonly literal: string | null;
  /** The name to check the certificate against (SNI); none when the user typed an IP. */
  readonly servername: string | undefined;
  /** Trusts Node's roots plus the operator's extra ones; undefined = Node's defaults (or no TLS). */
  readonly secureContext: tls.SecureContext | undefined;
  readonly signal: AbortSignal;
  ehloName: string | undefined;
  session: SmtpSession | null = null;
  tlsFacts: TlsFacts | null = null;
  /** The caller's hold on this run once the guard admitted it (ProbeOptions.admit). */
  admission: Admission | null = null;
  /** The session passes every line through it as it comes and goes, so nothing later needs scrubbing. */
  readonly redactor: AuthRedactor;
  /** The sender domain's MX lookup, started by the resolve stage and run beside the session. */
  senderMxLookup: Promise<{ mx: SenderMx; error: string | null }> | null = null;
  private readonly t0 = monotonicMs();
  private readonly controller = new AbortController();
  private readonly deadline: NodeJS.Timeout;
  private readonly onCancel = () =>
    this.controller.abort(new ProbeError("ECANCELLED", "The test was cancelled"));

  constructor(
    readonly input: ProbeInput,
    readonly options: ProbeOptions,
  ) {
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.caps = { ...DEFAULT_CAPS, ...options.caps };
    this.redactor = new AuthRedactor(input.credentials);
    this.recorder = new StageRecorder((event) => this.emit(event));
    this.planned = plannedStages(input.security);
    this.host = input.host.trim();
    this.literal = ipLiteral(this.host);
    this.servername = this.literal ? undefined : this.host.replace(/\.$/, "");
    this.ehloName = input.ehloName ?? options.defaultEhloName;
    // Made here, before any stage's clock runs (Node parses its ~140 roots the first time: about
    // 30 ms that no stage should show as the server's). A plaintext run never upgrades: none.
    this.secureContext = input.security === "none" ? undefined : secureContextFor(options.trustedCa);
    this.signal = this.controller.signal;
    this.deadline = setTimeout(() => {
      this.controller.abort(
        new ProbeError("EDEADLINE", `The test was stopped after ${this.timeouts.runMs} ms (run time limit)`),
      );
    }, this.timeouts.runMs);
    if (options.signal?.aborted) this.onCancel();
    options.signal?.addEventListener("abort", this.onCancel, { once: true });
    this.signal.addEventListener("abort", () => this.session?.abort(asProbeError(this.signal.reason)), {
      once: true,
    });
  }

  /** The name the server should check its certificate against, or the address we connected to. */
  get certificateName(): string {
    return this.servername ?? this.literal ?? this.host;
  }

  emit(event: StageEvent): void {
    this.options.onEvent?.(event);
  }

  /** Hands the admitted target to the caller's hook; throws RefusedByCaller when it refuses. */
  async admit(addresses: string[]): Promise<void> {
    const hook = this.options.admit;
    if (!hook) return;
    const target = {
      name: this.literal ? null : canonicalHostName(this.host),
      addresses: addresses.map(canonicalAddress),
      port: this.input.port,
    };
    try {
      this.admission = await hook(target);
    } catch (err) {
      throw new RefusedByCaller(err);
    }
  }

  /** Adds lines to the transcript: already redacted by the session, sanitised here for display. */
  record(dir: TranscriptEntry["dir"], text: string): void {
    // The session logs a command as it writes it: this is the moment AUTH reached the server.
    if (dir === "client" && /^AUTH\b/i.test(text)) this.admission?.authSent();
    const t = Math.round(monotonicMs() - this.t0);
    for (const line of text.split("\n")) {
      const entry: TranscriptEntry = { t, dir, line: sanitiseLine(line) };
      this.transcript.push(entry);
      this.emit({ type: "transcript", entry });
    }
  }

  /** Fails the open stage (or starts `fallback` to fail it), with the best reply we have. */
  fail(err: unknown, fallback: StageName, reply: Reply | null = null, facts: StageFacts = {}): void {
    const failure = asProbeError(err);
    const name = this.recorder.current ?? fallback;
    if (!this.recorder.current) this.recorder.start(name);
    const evidence = reply ?? (failure.response ? parseReply(failure.response) : null);
    this.recorder.finish(name, {
      status: "failed",
      // The reply is shown beside the summary, so the summary does not repeat it.
      summary: failure.message,
      reply: evidence,
      error: failure.toStageError(),
      facts,
    });
  }

  /** Fails whatever stage was running when an unexpected error (deadline, cancel, bug) hit. */
  failUnexpected(err: unknown): void {
    this.fail(err, this.planned.find((name) => !this.recorder.has(name)) ?? "quit");
  }

  /** RSET (when an envelope is open) and QUIT, reported as the quit stage; a dead session is skipped. */
  async quit(reset: boolean): Promise<void> {
    const live = this.session;
    if (!live || live.error) return;
    this.recorder.start("quit");
    try {
      if (reset) await live.send("RSET");
      const reply = parseReply(await live.send("QUIT"));
      const polite = reply.code === 221;
      this.recorder.finish("quit", {
        status: polite ? "ok" : "warn",
        summary: polite ? "Closed the session politely" : `Unexpected QUIT reply: ${formatReply(reply)}`,
        reply,
        warnings: polite ? [] : ["The server did not answer QUIT with 221"],
      });
    } catch (err) {
      const failure = asProbeError(err);
      this.recorder.finish("quit", {
        status: "warn",
        summary: `Could not close the session cleanly: ${failure.message}`,
        error: failure.toStageError(),
        warnings: ["The session did not end with 221"],
      });
    }
  }

  /**
   * Waits for the sender domain's MX lookup (by now it has almost always answered) and adds it to
   * the resolve stage's facts. A stage already streamed to a watcher went without it; the result
   * has it.
   */
  async settleSenderMx(): Promise<void> {
    if (!this.senderMxLookup) return;
    const { mx, error } = await this.senderMxLookup;
    const resolve = this.recorder.stages.find((stage) => stage.name === "resolve");
    if (resolve) Object.assign(resolve.facts, { senderMx: mx, senderMxError: error });
  }

  /** Closes everything and builds the result; stages that did not run are listed as skipped. */
  finish(): ProbeResult {
    clearTimeout(this.deadline);
    this.options.signal?.removeEventListener("abort", this.onCancel);
    this.session?.close();
    const failed = this.recorder.stages.find((stage) => stage.status === "failed");
    for (const name of this.planned) {
      if (!this.recorder.has(name)) {
        this.recorder.skip(name, failed ? `Not run: ${STAGE_LABELS[failed.name]} failed first` : "Not run");
      }
    }
    const stages = [...this.recorder.stages].sort(
      (a, b) => this.planned.indexOf(a.name) - this.planned.indexOf(b.name),
    );
    const { input } = this;
    return {
      runId: this.runId,
      startedAt: this.startedAt.toISOString(),
      durationMs: Math.round(monotonicMs() - this.t0),
      target: {
        host: this.host,
        port: input.port,
        security: input.security,
        auth: input.credentials?.kind ?? "none",
        username: input.credentials?.username ?? null,
        from: input.from,
        to: input.to,
        ehloName: this.ehloName ?? "",
        send: input.send,
      },
      outcome: failed ? "failed" : stages.some((stage) => stage.status === "warn") ? "warn" : "ok",
      failedStage: failed?.name ?? null,
      stages,
      transcript: this.transcript,
    };
  }
}

/** Races a promise against the run's deadline and cancellation. */
export function withAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
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
