import { connect, createServer, isIPv6, type Server, type Socket } from "node:net";
import { SMTPServer, type SMTPServerAuthentication, type SMTPServerSession } from "smtp-server";
import type { ClientHello } from "./client-hello";
import { ClientHelloTap } from "./client-hello-tap";

/**
 * The device capture sink: an SMTP server of ours that a technician points the copier at for one
 * test scan, so the case sees what the device itself does on the wire — the site's real public IP,
 * its EHLO name, whether it uses STARTTLS or implicit TLS, the TLS versions and suites it offers,
 * how it signs in, its envelope and the message's headers and size. Nothing is relayed or
 * delivered, ever, and no body or attachment is kept.
 *
 * Each public port is a small proxy in front of a loopback smtp-server: the proxy sees the
 * device's real address (handed on with a PROXY header) and its ClientHello on the way past; the
 * SMTP and TLS are the server's. Only a session that signed in with a live capture's one-time
 * credentials is recorded; anyone else gets 535, and no one can send without signing in.
 */

export type CaptureMode = "starttls" | "tls" | "plain";
export type SinkListener = { port: number; mode: CaptureMode };

export type DeviceCapture = {
  captureId: string;
  startedAt: string;
  remoteAddress: string;
  listener: SinkListener;
  ehlo: string | null;
  usedStartTls: boolean;
  /** What the device offered in its ClientHello (null: it did not start TLS). */
  clientHello: ClientHello | null;
  /** The session was encrypted when it signed in. */
  encryptedAtAuth: boolean;
  auth: { mechanism: string; username: string };
  mailFrom: string | null;
  rcptTo: string[];
  /** Headers and size only: the body is read, counted and dropped. */
  message: { size: number; headers: { name: string; value: string }[] } | null;
  /** What the sink answered the message with. */
  answer: string | null;
};

export type SinkOptions = {
  host?: string;
  listeners: SinkListener[];
  key: string | Buffer;
  cert: string | Buffer;
  /** One-time credentials to the capture they belong to; null when unknown or expired. */
  authenticate(username: string, password: string): Promise<string | null>;
  /** How to answer the message: null accepts it; a reply refuses it as the diagnosed server did. */
  answerFor?(captureId: string): Promise<{ code: number; message: string } | null>;
  record(capture: DeviceCapture): Promise<void>;
  limits?: Partial<SinkLimits>;
};

export type SinkLimits = {
  /** Connections at once from one address. */
  connectionsPerIp: number;
  /** Connections at once in all. */
  maxClients: number;
  /** The largest message accepted, in bytes. */
  messageBytes: number;
  /** The longest a session may last. */
  sessionMs: number;
};

const DEFAULT_LIMITS: SinkLimits = {
  connectionsPerIp: 4,
  maxClients: 64,
  messageBytes: 25 * 1024 * 1024,
  sessionMs: 120_000,
};
const MAX_HEADER_BYTES = 64 * 1024;
const MAX_HEADERS = 200;

type SessionState = {
  tap: ClientHelloTap;
  listener: SinkListener;
  startedAt: string;
  usedStartTls: boolean;
  encryptedAtAuth: boolean;
  auth: { mechanism: string; username: string } | null;
  captureId: string | null;
  mailFrom: string | null;
  rcptTo: string[];
  message: DeviceCapture["message"];
  answer: string | null;
};

export type CaptureSink = { ports: number[]; close(): Promise<void> };

export async function startCaptureSink(options: SinkOptions): Promise<CaptureSink> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const perIp = new Map<string, number>();
  const closers: (() => Promise<void>)[] = [];
  const ports: number[] = [];
  try {
    for (const listener of options.listeners) {
      const sink = await startListener(listener, options, limits, perIp);
      closers.push(sink.close);
      ports.push(sink.port);
    }
  } catch (error) {
    await Promise.all(closers.map((close) => close()));
    throw error;
  }
  return { ports, close: async () => void (await Promise.all(closers.map((close) => close()))) };
}

async function startListener(
  listener: SinkListener,
  options: SinkOptions,
  limits: SinkLimits,
  perIp: Map<string, number>,
): Promise<{ port: number; close(): Promise<void> }> {
  const sessions = new Map<string, SessionState>();
  const keyOf = (address: string, port: number) => `${address}|${port}`;
  const stateOf = (session: SMTPServerSession) =>
    sessions.get(keyOf(session.remoteAddress, session.remotePort));

  const smtp = new SMTPServer({
    secure: listener.mode === "tls",
    hideSTARTTLS: listener.mode === "plain",
    key: options.key,
    cert: options.cert,
    // Old devices are what this is for: let a TLS 1.0 copier finish its handshake, so the case
    // shows what it did next, rather than only that it failed.
    minVersion: "TLSv1",
    ciphers: "DEFAULT:@SECLEVEL=0",
    name: "smtp-doctor-capture",
    banner: "SMTP Doctor device capture: nothing sent here is delivered",
    authMethods: ["PLAIN", "LOGIN"],
    // A device that signs in without TLS is a finding, not a reason to stop watching.
    allowInsecureAuth: true,
    // Never a DNS query or any other outbound connection.
    disableReverseLookup: true,
    // The real address comes from our own proxy in front, on loopback only.
    useProxy: ["127.0.0.1"],
    authRequiredMessage: "5.7.0 Authentication required",
    size: limits.messageBytes,
    maxClients: limits.maxClients,
    socketTimeout: limits.sessionMs,
    logger: false,
    onSecure(_socket, session, callback) {
      const state = stateOf(session);
      if (state && listener.mode === "starttls") state.usedStartTls = true;
      callback();
    },
    onAuth(auth: SMTPServerAuthentication, session, callback) {
      const state = stateOf(session);
      const username = auth.username ?? "";
      options.authenticate(username, auth.password ?? "").then(
        (captureId) => {
          if (!captureId || !state) {
            callback(
              Object.assign(new Error("5.7.8 Authentication credentials invalid"), { responseCode: 535 }),
            );
            return;
          }
          state.captureId = captureId;
          state.auth = { mechanism: auth.method, username };
          state.encryptedAtAuth = session.secure === true;
          callback(null, { user: captureId });
        },
        () => callback(Object.assign(new Error("4.3.0 Try again later"), { responseCode: 454 })),
      );
    },
    onMailFrom(address, session, callback) {
      const state = stateOf(session);
      if (!session.user || !state) {
        callback(Object.assign(new Error("5.7.0 Authentication required"), { responseCode: 530 }));
        return;
      }
      state.mailFrom = address.address;
      callback();
    },
    onRcptTo(address, session, callback) {
      const state = stateOf(session);
      if (!session.user || !state) {
        callback(Object.assign(new Error("5.7.0 Authentication required"), { responseCode: 530 }));
        return;
      }
      if (state.rcptTo.length < 20) state.rcptTo.push(address.address);
      callback();
    },
    onData(stream, session, callback) {
      const state = stateOf(session);
      let size = 0;
      let head = "";
      let headDone = false;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (headDone) return;
        head += chunk.toString("latin1");
        const end = head.search(/\r?\n\r?\n/);
        if (end >= 0 || head.length > MAX_HEADER_BYTES) {
          head = end >= 0 ? head.slice(0, end) : head.slice(0, MAX_HEADER_BYTES);
          headDone = true;
        }
      });
      stream.on("end", () => {
        if (!state?.captureId) {
          callback(Object.assign(new Error("5.7.0 Authentication required"), { responseCode: 530 }));
          return;
        }
        state.message = { size, headers: parseHeaders(head) };
        if ((stream as { sizeExceeded?: boolean }).sizeExceeded) {
          state.answer = `552 5.3.4 Message too big for this capture (${limits.messageBytes} bytes)`;
          callback(Object.assign(new Error("5.3.4 Message too big for this capture"), { responseCode: 552 }));
          return;
        }
        const { captureId } = state;
        (options.answerFor ? options.answerFor(captureId) : Promise.resolve(null)).then(
          (refusal) => {
            if (refusal) {
              state.answer = `${refusal.code} ${refusal.message}`;
              callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
            } else {
              state.answer = "250 Captured by SMTP Doctor, not delivered";
              callback(null, "Captured by SMTP Doctor, not delivered");
            }
          },
          () => callback(Object.assign(new Error("4.3.0 Try again later"), { responseCode: 451 })),
        );
      });
    },
    onClose(session) {
      const key = keyOf(session.remoteAddress, session.remotePort);
      const state = sessions.get(key);
      sessions.delete(key);
      if (!state?.captureId || !state.auth) return;
      const capture: DeviceCapture = {
        captureId: state.captureId,
        startedAt: state.startedAt,
        remoteAddress: session.remoteAddress,
        listener: state.listener,
        // As the device wrote it when the tap could read it (before TLS); else as the server kept it.
        ehlo: state.tap.ehlo ?? (session.hostNameAppearsAs || null),
        usedStartTls: state.usedStartTls,
        clientHello: state.tap.result,
        encryptedAtAuth: state.encryptedAtAuth,
        auth: state.auth,
        mailFrom: state.mailFrom,
        rcptTo: state.rcptTo,
        message: state.message,
        answer: state.answer,
      };
      options.record(capture).catch((error: unknown) => {
        console.error("[capture-sink] not recorded:", error instanceof Error ? error.message : typeof error);
      });
    },
  });
  smtp.on("error", () => {});
  const inner = await listen(smtp.server as Server, 0, "127.0.0.1");

  const proxy = createServer((device: Socket) => {
    const address = (device.remoteAddress ?? "").replace(/^::ffff:/, "");
    const port = device.remotePort ?? 0;
    const open = perIp.get(address) ?? 0;
    if (open >= limits.connectionsPerIp) {
      if (listener.mode !== "tls") device.end("421 4.7.0 Too many connections from your address\r\n");
      else device.destroy();
      return;
    }
    perIp.set(address, open + 1);
    const tap = new ClientHelloTap(listener.mode);
    sessions.set(keyOf(address, port), {
      tap,
      listener,
      startedAt: new Date().toISOString(),
      usedStartTls: false,
      encryptedAtAuth: false,
      auth: null,
      captureId: null,
      mailFrom: null,
      rcptTo: [],
      message: null,
      answer: null,
    });
    const server = connect(inner, "127.0.0.1");
    const family = isIPv6(address) ? "TCP6" : "TCP4";
    const local = isIPv6(address) ? "::1" : "127.0.0.1";
    server.write(`PROXY ${family} ${address} ${local} ${port} ${listener.port}\r\n`);
    const deadline = setTimeout(() => {
      device.destroy();
      server.destroy();
    }, limits.sessionMs);
    device.on("data", (chunk: Buffer) => {
      tap.fromClient(chunk);
      if (!server.write(chunk)) device.pause();
    });
    server.on("drain", () => device.resume());
    server.on("data", (chunk: Buffer) => {
      tap.fromServer(chunk);
      if (!device.write(chunk)) server.pause();
    });
    device.on("drain", () => server.resume());
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      clearTimeout(deadline);
      const now = (perIp.get(address) ?? 1) - 1;
      if (now <= 0) perIp.delete(address);
      else perIp.set(address, now);
      device.destroy();
      server.end();
    };
    device.on("close", release);
    device.on("error", release);
    server.on("close", () => device.end());
    server.on("error", release);
  });
  const port = await listen(proxy, listener.port, options.host ?? "0.0.0.0");
  return {
    port,
    close: async () => {
      await Promise.all([
        new Promise((resolve) => proxy.close(resolve)),
        new Promise((resolve) => smtp.close(() => resolve(undefined))),
      ]);
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}

/** Header fields, unfolded, names as sent; at most MAX_HEADERS, each value cut at 998 bytes. */
function parseHeaders(head: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    out.push({
      name: line.slice(0, colon).trim(),
      value: line
        .slice(colon + 1)
        .trim()
        .slice(0, 998),
    });
    if (out.length >= MAX_HEADERS) break;
  }
  return out;
}
