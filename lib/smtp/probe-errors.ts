import type { ProbeErrorCode, StageError } from "./probe-schema";

/** The one table of probe error codes and what each means, in words a UI can show. */
export const PROBE_ERRORS: Record<ProbeErrorCode, string> = {
  EINPUT: "The settings are not valid.",
  ENOTFOUND: "The server name does not exist in DNS (or has no address).",
  EDNS: "DNS did not answer (timeout or server failure).",
  EBLOCKED: "SMTP Doctor refused to connect to this target (private address or port not allowed).",
  ECONNREFUSED: "Nothing accepts connections on that port, or a firewall rejects them.",
  ETIMEDOUT: "No answer in time.",
  ECONNRESET: "The connection was cut.",
  ENETUNREACH: "No network route to the server.",
  ECLOSED: "The server closed the connection unexpectedly.",
  EGREETING: "The server refused the session at connect instead of greeting with 220.",
  EPROTOCOL: "The server's answer did not follow the SMTP protocol, or it refused a command.",
  ETOOLARGE: "The server sent more data than a real SMTP reply ever needs; the connection was closed.",
  ETLS: "The encrypted (TLS) connection could not be set up.",
  ENOSTARTTLS: "The settings ask for STARTTLS but the server does not offer it.",
  ECERT: "The server's certificate did not verify, so the password was not sent.",
  ENOTLS: "Authentication is on but the connection is not encrypted, so the password was not sent.",
  ENOAUTH: "The server does not offer authentication (AUTH) on this connection.",
  EAUTH: "The server refused the login.",
  EENVELOPE: "The server refused the sender or a recipient.",
  EMESSAGE: "The server refused the message.",
  EDEADLINE: "The whole test took longer than its time limit and was stopped.",
  ECANCELLED: "The test was cancelled.",
  EINTERNAL: "SMTP Doctor failed unexpectedly.",
};

export class ProbeError extends Error {
  constructor(
    readonly code: ProbeErrorCode,
    message: string,
    /** The server's reply that caused it, raw (lines joined by "\n"). */
    readonly response: string | null = null,
  ) {
    super(message);
    this.name = "ProbeError";
  }

  toStageError(): StageError {
    return { code: this.code, message: this.message };
  }
}

type NodeishError = Error & {
  code?: string;
  originalCode?: string;
  response?: string;
  timeoutType?: string;
  command?: string;
};

const SOCKET_CODES: Record<string, ProbeErrorCode> = {
  ECONNREFUSED: "ECONNREFUSED",
  ETIMEDOUT: "ETIMEDOUT",
  ECONNRESET: "ECONNRESET",
  EPIPE: "ECLOSED",
  ENETUNREACH: "ENETUNREACH",
  EHOSTUNREACH: "ENETUNREACH",
  EADDRNOTAVAIL: "ENETUNREACH",
};

/** Maps a Node socket error (net.connect, tls.connect) to our code. */
export function probeErrorFromSocket(err: unknown, fallback: ProbeErrorCode): ProbeError {
  if (err instanceof ProbeError) return err;
  const e = err as NodeishError;
  const code = (e.code && SOCKET_CODES[e.code]) || fallback;
  return new ProbeError(code, cleanTlsMessage(e.message || String(err)));
}

/**
 * OpenSSL's messages carry a pointer, a library path and a line number around the one useful
 * phrase ("tlsv1 alert protocol version"); keep the phrase.
 */
export function cleanTlsMessage(message: string): string {
  const reasons = [...message.matchAll(/error:[0-9A-F]+:SSL routines:[^:]*:([^:]+)/g)].map((m) => m[1]);
  if (reasons.length === 0) return message.trim();
  const prefix = message.split(/[0-9A-F]{8,}:error:/)[0]?.trim();
  return `${prefix ? `${prefix} ` : ""}${reasons.join("; ")}`.trim();
}

const TLS_HINT = /SSL|TLS|alert|certificate|wrong version number|handshake|unsupported protocol/i;

/** Maps an error nodemailer's SMTPConnection reported to our code. */
export function probeErrorFromNodemailer(err: unknown): ProbeError {
  if (err instanceof ProbeError) return err;
  const e = err as NodeishError;
  const message = cleanTlsMessage(e.message || String(err));
  if (e.code === "ESOCKET" && TLS_HINT.test(message)) return new ProbeError("ETLS", `TLS failed: ${message}`);
  const response = typeof e.response === "string" ? e.response : null;
  const original = e.originalCode && SOCKET_CODES[e.originalCode];
  if (original) return new ProbeError(original, message, response);
  switch (e.code) {
    case "ETIMEDOUT":
      return new ProbeError("ETIMEDOUT", message, response);
    case "ETLS":
      return new ProbeError("ETLS", message, response);
    case "EPROTOCOL":
      if (/exceeds maximum allowed size/i.test(message))
        return new ProbeError("ETOOLARGE", message, response);
      if (/Invalid greeting/i.test(message)) return new ProbeError("EGREETING", message, response);
      return new ProbeError("EPROTOCOL", message, response);
    case "ECONNECTION":
      if (/closed unexpectedly/i.test(message)) return new ProbeError("ECLOSED", message, response);
      return new ProbeError(response ? "EPROTOCOL" : "ECLOSED", message, response);
    case "ESOCKET":
      return new ProbeError("ECLOSED", message, response);
    default:
      return new ProbeError("EINTERNAL", message, response);
  }
}
