import net from "node:net";
import tls from "node:tls";
import { monotonicMs } from "./monotonic-ms";
import { cleanTlsMessage, ProbeError, probeErrorFromSocket } from "./probe-errors";

export type ConnectAttempt = { address: string; ok: boolean; error: string | null; ms: number };

function connectOnce(
  address: string,
  port: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: address, port });
    const onConnect = () => done();
    const onError = (err: Error) => done(probeErrorFromSocket(err, "ECONNRESET"));
    const done = (err?: unknown) => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      socket.removeListener("connect", onConnect);
      socket.removeListener("error", onError);
      if (err) {
        socket.destroy();
        reject(err);
      } else {
        resolve(socket);
      }
    };
    const onAbort = () => done(signal.reason);
    const timer = setTimeout(
      () => done(new ProbeError("ETIMEDOUT", `No answer from ${address}:${port} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    signal.addEventListener("abort", onAbort, { once: true });
    socket.once("connect", onConnect);
    socket.once("error", onError);
  });
}

/**
 * TCP to the validated addresses only, in order, first success wins. Handing this socket to
 * nodemailer pins the address: it never resolves the name again (no DNS rebinding).
 */
export async function connectPinned(
  addresses: string[],
  port: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<{ socket: net.Socket; attempts: ConnectAttempt[] }> {
  const attempts: ConnectAttempt[] = [];
  let lastError: ProbeError | null = null;
  for (const address of addresses) {
    const started = monotonicMs();
    try {
      const socket = await connectOnce(address, port, timeoutMs, signal);
      attempts.push({ address, ok: true, error: null, ms: Math.round(monotonicMs() - started) });
      return { socket, attempts };
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      lastError = probeErrorFromSocket(err, "ECONNRESET");
      attempts.push({
        address,
        ok: false,
        error: lastError.message,
        ms: Math.round(monotonicMs() - started),
      });
    }
  }
  const failure = lastError ?? new ProbeError("ECONNREFUSED", "no address to connect to");
  throw Object.assign(failure, { attempts });
}

/** Implicit TLS (port 465 style): the handshake before any SMTP text. */
export function startImplicitTls(
  socket: net.Socket,
  servername: string | undefined,
  secureContext: tls.SecureContext | undefined,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const secure = tls.connect({ socket, servername, secureContext, rejectUnauthorized: false });
    const onSecure = () => done();
    const onError = (err: Error) =>
      done(new ProbeError("ETLS", `TLS handshake failed: ${cleanTlsMessage(err.message)}`));
    const onClose = () =>
      done(new ProbeError("ETLS", "The server closed the connection during the TLS handshake"));
    const done = (err?: unknown) => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      secure.removeListener("secureConnect", onSecure);
      secure.removeListener("error", onError);
      secure.removeListener("close", onClose);
      if (err) {
        secure.destroy();
        socket.destroy();
        reject(err);
      } else {
        resolve(secure);
      }
    };
    const onAbort = () => done(signal.reason);
    const timer = setTimeout(
      () => done(new ProbeError("ETIMEDOUT", `TLS handshake not finished within ${timeoutMs} ms`)),
      timeoutMs,
    );
    signal.addEventListener("abort", onAbort, { once: true });
    secure.once("secureConnect", onSecure);
    secure.once("error", onError);
    secure.once("close", onClose);
  });
}
