import assert from "node:assert/strict";
import dns from "node:dns";
import net from "node:net";
import { after, before, test } from "node:test";
import SMTPConnection from "nodemailer/lib/smtp-connection";
import { getTestCertificates } from "../../e2e/fixtures/smtp/test-certificates";
import { type CaptureSink, type DeviceCapture, startCaptureSink } from "./capture-sink";
import { scanMessage } from "./testing/sample-capture";

const CAPTURE = { username: "cap-7f3k2q", password: "vX9-pq2T-Lm4w", id: "capture-1" };
const recorded: DeviceCapture[] = [];
const waiting: ((capture: DeviceCapture) => void)[] = [];
let sink: CaptureSink;
let refuseNext: { code: number; message: string } | null = null;

before(async () => {
  const { trusted } = await getTestCertificates();
  sink = await startCaptureSink({
    host: "127.0.0.1",
    listeners: [
      { port: 0, mode: "starttls" },
      { port: 0, mode: "tls" },
    ],
    key: trusted.key,
    cert: trusted.cert,
    authenticate: async (username, password) =>
      username === CAPTURE.username && password === CAPTURE.password ? CAPTURE.id : null,
    answerFor: async () => refuseNext,
    record: async (capture) => {
      recorded.push(capture);
      waiting.shift()?.(capture);
    },
    limits: { connectionsPerIp: 3 },
  });
});
after(() => sink.close());

function nextCapture(): Promise<DeviceCapture> {
  return new Promise((resolve) => waiting.push(resolve));
}

const SCAN = scanMessage(7);

/** A copier: a device-like EHLO name, STARTTLS (or implicit TLS) capped at one version, AUTH LOGIN, a scan. */
async function sendLikeACopier(opts: {
  port: number;
  secure: boolean;
  tls: { minVersion: "TLSv1" | "TLSv1.2"; maxVersion: "TLSv1" | "TLSv1.2" };
  user?: string;
  pass?: string;
}): Promise<{ error: (Error & { responseCode?: number }) | null }> {
  const connection = new SMTPConnection({
    host: "127.0.0.1",
    port: opts.port,
    secure: opts.secure,
    name: "SHARP-MX4070N",
    requireTLS: !opts.secure,
    tls: { rejectUnauthorized: false, ciphers: "DEFAULT:@SECLEVEL=0", ...opts.tls },
  });
  const call = <T>(fn: (cb: (err: Error | null, value?: T) => void) => void) =>
    new Promise<T>((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value as T))));
  try {
    await call<void>((cb) => connection.connect(() => cb(null)));
    await call<boolean | undefined>((cb) =>
      connection.login(
        { user: opts.user ?? CAPTURE.username, pass: opts.pass ?? CAPTURE.password, method: "LOGIN" },
        cb,
      ),
    );
    await call((cb) =>
      connection.send({ from: "scanner@contoso.example", to: ["office@contoso.example"] }, SCAN, cb),
    );
    return { error: null };
  } catch (error) {
    return { error: error as Error & { responseCode?: number } };
  } finally {
    connection.close();
  }
}

test("a TLS 1.0 copier on the STARTTLS port: its IP, EHLO, TLS ceiling, sign-in, envelope and headers, no body", async () => {
  const seen = nextCapture();
  const { error } = await sendLikeACopier({
    port: sink.ports[0] ?? 0,
    secure: false,
    tls: { minVersion: "TLSv1", maxVersion: "TLSv1" },
  });
  assert.equal(error, null);
  const capture = await seen;
  assert.equal(capture.captureId, CAPTURE.id);
  assert.equal(capture.remoteAddress, "127.0.0.1");
  assert.equal(capture.ehlo, "SHARP-MX4070N");
  assert.equal(capture.usedStartTls, true);
  assert.equal(capture.clientHello?.highest, "TLSv1");
  assert.equal(capture.encryptedAtAuth, true);
  assert.deepEqual(capture.auth, { mechanism: "LOGIN", username: CAPTURE.username });
  assert.equal(capture.mailFrom, "scanner@contoso.example");
  assert.deepEqual(capture.rcptTo, ["office@contoso.example"]);
  assert.equal(
    capture.message?.headers.find((h) => h.name === "Subject")?.value,
    "Scanned image from MX-4070N",
  );
  assert.ok((capture.message?.size ?? 0) > 3000);
  // Headers and size only: nothing of the attachment is kept.
  assert.ok(!JSON.stringify(capture).includes(Buffer.alloc(60, 7).toString("base64")));
  assert.equal(capture.answer, "250 Captured by SMTP Doctor, not delivered");
});

test("a TLS 1.2 copier on the implicit-TLS port, refused as the diagnosed server would", async () => {
  refuseNext = {
    code: 550,
    message: "5.7.1 Service unavailable, Client host [203.0.113.7] blocked using Spamhaus.",
  };
  try {
    const seen = nextCapture();
    const { error } = await sendLikeACopier({
      port: sink.ports[1] ?? 0,
      secure: true,
      tls: { minVersion: "TLSv1.2", maxVersion: "TLSv1.2" },
    });
    assert.equal(error?.responseCode, 550);
    assert.match(error?.message ?? "", /blocked using Spamhaus/);
    const capture = await seen;
    assert.equal(capture.usedStartTls, false);
    assert.equal(capture.listener.mode, "tls");
    assert.equal(capture.clientHello?.highest, "TLSv1.2");
    assert.match(capture.answer ?? "", /^550 5\.7\.1 Service unavailable/);
  } finally {
    refuseNext = null;
  }
});

test("wrong credentials get 535 and nothing is recorded; nobody sends without signing in", async () => {
  const before = recorded.length;
  const { error } = await sendLikeACopier({
    port: sink.ports[0] ?? 0,
    secure: false,
    tls: { minVersion: "TLSv1.2", maxVersion: "TLSv1.2" },
    pass: "guess",
  });
  assert.equal(error?.responseCode, 535);
  // An open relay or an open sink is what this must never be: MAIL without AUTH is refused.
  const relay = await new Promise<string>((resolve) => {
    const socket = net.connect(sink.ports[0] ?? 0, "127.0.0.1");
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk.toString();
      if (text.includes("220 ") && !text.includes("EHLO-SENT")) {
        text += "EHLO-SENT";
        socket.write("EHLO relay.example\r\nMAIL FROM:<a@example.net>\r\n");
      }
      if (/\r\n5\d\d /.test(text)) {
        socket.end("QUIT\r\n");
        resolve(text);
      }
    });
  });
  assert.match(relay, /530 5\.7\.0 Authentication required/);
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(recorded.length, before);
});

test("the sink opens no connection of its own: no DNS, no relay, nothing but its loopback hop", async () => {
  const targets: string[] = [];
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    // Node hands its normalised arguments on as one array: [options, callback].
    const [given, second] = args as [unknown, unknown];
    const first = Array.isArray(given) ? given[0] : given;
    const options = typeof first === "object" && first !== null ? (first as net.TcpNetConnectOpts) : null;
    targets.push(
      options ? `${options.host ?? "localhost"}:${options.port}` : `${String(second)}:${String(first)}`,
    );
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
  // DNS goes out too: smtp-server looks every client up by reverse DNS unless told not to.
  const lookups: string[] = [];
  const dnsOriginals = { reverse: dns.reverse, lookup: dns.lookup, resolve: dns.resolve };
  for (const name of ["reverse", "lookup", "resolve"] as const) {
    (dns as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      lookups.push(`${name} ${String(args[0])}`);
      return (dnsOriginals[name] as (...a: unknown[]) => unknown)(...args);
    };
  }
  try {
    const seen = nextCapture();
    await sendLikeACopier({
      port: sink.ports[0] ?? 0,
      secure: false,
      tls: { minVersion: "TLSv1.2", maxVersion: "TLSv1.2" },
    });
    await seen;
  } finally {
    net.Socket.prototype.connect = original;
    Object.assign(dns, dnsOriginals);
  }
  assert.deepEqual(lookups, []);
  const ours = targets.filter((target) => !target.endsWith(`:${sink.ports[0]}`));
  // The copier's own connection goes to the public port; the sink's only hop is 127.0.0.1 (its inner server).
  assert.ok(ours.length >= 1);
  assert.ok(
    ours.every((target) => target.startsWith("127.0.0.1:")),
    ours.join(", "),
  );
});

test("one address holds a bounded number of connections; the next is turned away with 421", async () => {
  const held: net.Socket[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const socket = net.connect(sink.ports[0] ?? 0, "127.0.0.1");
      await new Promise<void>((resolve) => socket.once("data", () => resolve()));
      held.push(socket);
    }
    const refused = await new Promise<string>((resolve) => {
      const socket = net.connect(sink.ports[0] ?? 0, "127.0.0.1");
      let text = "";
      socket.on("data", (chunk) => {
        text += chunk.toString();
      });
      socket.on("close", () => resolve(text));
    });
    assert.match(refused, /^421 4\.7\.0 Too many connections from your address/);
  } finally {
    for (const socket of held) socket.destroy();
  }
});

test("a message over the size cap is refused with 552, and still nothing of it is kept", async () => {
  const { trusted } = await getTestCertificates();
  const small: DeviceCapture[] = [];
  const tiny = await startCaptureSink({
    host: "127.0.0.1",
    listeners: [{ port: 0, mode: "starttls" }],
    key: trusted.key,
    cert: trusted.cert,
    authenticate: async (username, password) =>
      username === CAPTURE.username && password === CAPTURE.password ? CAPTURE.id : null,
    record: async (capture) => {
      small.push(capture);
    },
    limits: { messageBytes: 1000 },
  });
  try {
    const { error } = await sendLikeACopier({
      port: tiny.ports[0] ?? 0,
      secure: false,
      tls: { minVersion: "TLSv1.2", maxVersion: "TLSv1.2" },
    });
    assert.equal(error?.responseCode, 552);
    for (let i = 0; i < 50 && small.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.match(small[0]?.answer ?? "", /^552 5\.3\.4/);
    assert.ok(!JSON.stringify(small).includes(Buffer.alloc(60, 7).toString("base64")));
  } finally {
    await tiny.close();
  }
});
