import type { Socket } from "node:net";
import type tls from "node:tls";
import { format } from "node:util";
import SMTPConnection from "nodemailer/lib/smtp-connection";
import { InboundGuard } from "./inbound-guard";
import { ProbeError, probeErrorFromNodemailer } from "./probe-errors";
import type { ProbeCaps, ProbeTimeouts } from "./probe-options";
import { type AuthRedactor, MASK } from "./redact-secrets";
import { ReplyClock } from "./reply-clock";

/**
 * Drives one SMTP session over nodemailer's SMTPConnection, one command at a time.
 *
 * nodemailer's public API runs greeting → EHLO → STARTTLS → EHLO in `connect()` (good: that is
 * what devices do), but `send()` pipelines MAIL/RCPT/DATA and `verify()` stops after AUTH, so
 * neither can stop after RCPT TO. Its own custom-auth `sendCommand` does exactly what we need —
 * queue a reply handler, write one line — by pushing onto `_responseActions` and calling
 * `_sendCommand`. This file is the only place that touches those internals; nodemailer is pinned
 * to an exact version and `assertDriveable` fails loudly if they ever change shape.
 *
 * It is also the one door server text comes in by, so redaction happens here, first: every line
 * and reply passes the run's redactor before anyone parses, sanitises, stores or shows it.
 */

type Internals = {
  _sendCommand(line: string, logLine?: string): void;
  _responseActions: ((reply: string) => void)[];
  _socket: Socket | false | null;
};

function internals(conn: SMTPConnection): Internals {
  return conn as unknown as Internals;
}

function assertDriveable(conn: SMTPConnection): void {
  const i = internals(conn);
  if (typeof i._sendCommand !== "function" || !Array.isArray(i._responseActions)) {
    throw new ProbeError(
      "EINTERNAL",
      "nodemailer's SMTPConnection internals changed; update smtp-session.ts",
    );
  }
}

export type SessionLine = { dir: "client" | "server"; line: string };

export type SessionParams = {
  socket: Socket;
  /** The socket is already TLS (implicit TLS on connect). */
  secured: boolean;
  /** Ignore STARTTLS (the settings use no encryption). */
  plaintext: boolean;
  ipAddress: string;
  servername: string | undefined;
  ehloName: string;
  secureContext: tls.SecureContext | undefined;
  timeouts: ProbeTimeouts;
  caps: ProbeCaps;
  /** Masks the client lines of AUTH and the server's echoes of the credential. */
  redactor: AuthRedactor;
  onLine: (entry: SessionLine) => void;
};

export class SmtpSession {
  readonly conn: SMTPConnection;
  private failure: ProbeError | null = null;
  private pending: ((err: ProbeError) => void) | null = null;
  private closedByUs = false;
  private readonly guard: InboundGuard;
  private readonly clock: ReplyClock;

  constructor(private readonly params: SessionParams) {
    const { timeouts, caps } = params;
    this.guard = new InboundGuard(caps, (message) => this.abort(new ProbeError("ETOOLARGE", message)));
    this.guard.attach(params.socket);
    // nodemailer times the greeting as a whole but EHLO and STARTTLS only by inactivity, which a
    // dripping server resets with every byte: the clock holds every reply to a total budget.
    this.clock = new ReplyClock(timeouts.lineMs, (message) =>
      this.abort(new ProbeError("ETIMEDOUT", message)),
    );
    this.clock.attach(params.socket);
    this.clock.expectReply(timeouts.greetingMs, "greeting");
    const log = (entry: { tnx?: string }, message: string, ...args: unknown[]) =>
      this.onLog(entry, message, args);
    this.conn = new SMTPConnection({
      connection: params.socket,
      host: params.ipAddress,
      servername: params.servername,
      secure: params.secured,
      secured: params.secured,
      ignoreTLS: params.plaintext,
      name: params.ehloName,
      // The greeting, EHLO and a STARTTLS upgrade share this budget (nodemailer counts them together).
      connectionTimeout: timeouts.greetingMs + 2 * timeouts.commandMs,
      greetingTimeout: timeouts.greetingMs,
      socketTimeout: timeouts.commandMs,
      socketCloseTimeout: 1_000,
      maxResponseSize: caps.maxReplyBytes,
      transactionLog: true,
      logger: { trace: log, debug: log, info: log, warn: log, error: log, fatal: log },
      // Certificates are judged by us (a bad one is a finding, not the end of the run).
      tls: { rejectUnauthorized: false, secureContext: params.secureContext, servername: params.servername },
    });
    assertDriveable(this.conn);
    this.conn.on("error", (err) => this.fail(probeErrorFromNodemailer(err)));
    this.conn.on("end", () => {
      if (!this.closedByUs) this.fail(new ProbeError("ECLOSED", "The server closed the connection"));
    });
  }

  /** The socket carrying the SMTP text now (the TLS socket after STARTTLS). */
  get socket(): Socket | null {
    return internals(this.conn)._socket || null;
  }

  get secure(): boolean {
    return this.conn.secure;
  }

  get error(): ProbeError | null {
    return this.failure;
  }

  /** Greeting, EHLO and — unless plaintext — STARTTLS with the second EHLO, as nodemailer does it. */
  open(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending = reject;
      this.conn.connect((err) => {
        this.pending = null;
        if (err) {
          const failure = probeErrorFromNodemailer(err);
          this.fail(failure);
          reject(this.failure ?? failure);
        } else if (this.failure) {
          reject(this.failure);
        } else {
          resolve();
        }
      });
    });
  }

  /**
   * Sends one command and resolves with the reply as received (lines joined by "\n"), echoes of
   * the credential redacted. `logLine` is what the transcript shows instead of `line`.
   */
  send(line: string, logLine?: string): Promise<string> {
    if (this.failure) return Promise.reject(this.failure);
    const { redactor } = this.params;
    // nodemailer logs its `line` when given an empty log line: never let a secret through that way.
    const shown = redactor.client(logLine ?? line) || (line === "" ? "" : MASK);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.abort(
          new ProbeError(
            "ETIMEDOUT",
            `No reply to ${verbOf(shown)} within ${this.params.timeouts.commandMs} ms`,
          ),
        );
      }, this.params.timeouts.commandMs);
      this.pending = (err) => {
        clearTimeout(timer);
        reject(err);
      };
      internals(this.conn)._responseActions.push((reply) => {
        clearTimeout(timer);
        this.pending = null;
        resolve(redactor.server(reply));
      });
      internals(this.conn)._sendCommand(line, shown);
    });
  }

  /** Stops the session with this error: the pending command fails with it, the socket closes. */
  abort(err: ProbeError): void {
    this.fail(err);
    this.close();
  }

  close(): void {
    this.closedByUs = true;
    this.guard.detach();
    this.clock.stop();
    this.conn.close();
    this.params.socket.destroy();
  }

  private fail(err: ProbeError): void {
    // An error can carry a reply (and quote it in its message): redacted like any server text.
    const { redactor } = this.params;
    const message = redactor.echoes(err.message);
    const response = err.response === null ? null : redactor.echoes(err.response);
    const clean = message === err.message && response === err.response;
    this.failure ??= clean ? err : new ProbeError(err.code, message, response);
    const pending = this.pending;
    this.pending = null;
    pending?.(this.failure);
  }

  private onLog(entry: { tnx?: string }, message: string, args: unknown[]): void {
    if (entry.tnx !== "client" && entry.tnx !== "server") return;
    const text = args.length > 0 ? format(message, ...args) : message;
    if (entry.tnx === "client") {
      // After STARTTLS the plain socket carries ciphertext: stop reading it; watch the TLS socket
      // from the first command sent over it.
      const starttls = /^STARTTLS$/i.test(text);
      if (starttls) this.guard.detach();
      const current = this.socket;
      if (current && this.guard.watching === null && current !== this.params.socket)
        this.guard.attach(current);
      if (current && this.clock.watching === null && current !== this.params.socket)
        this.clock.attach(current);
      // The 220 to STARTTLS still comes in clear; the clock stops reading after it.
      this.clock.expectReply(this.params.timeouts.commandMs, `reply to ${commandName(text)}`, starttls);
    }
    const { redactor } = this.params;
    const line = entry.tnx === "client" ? redactor.client(text) : redactor.server(text);
    this.params.onLine({ dir: entry.tnx, line });
  }
}

/** The command a client line sends, for messages; lines answering a 334 are part of the login. */
function commandName(line: string): string {
  return /^[A-Za-z]{4,8}\b/.exec(line)?.[0]?.toUpperCase() ?? "the login exchange";
}

function verbOf(line: string): string {
  return line.split(/[\s:]/)[0]?.toUpperCase() || "command";
}
