import net from "node:net";
import tls from "node:tls";

/**
 * The smallest client that does what a probe does — greeting, EHLO, STARTTLS, EHLO, AUTH LOGIN,
 * MAIL, RCPT, RSET, QUIT — on raw sockets, with no checks beyond the reply code. The yardstick
 * for the engine's overhead.
 */
export async function rawSmtpRun(params: {
  port: number;
  ca: string;
  user: string;
  password: string;
  from: string;
  to: string;
}): Promise<void> {
  let socket: net.Socket = net.connect(params.port, "127.0.0.1");
  let buffer = "";
  let waiting: ((reply: string) => void) | null = null;
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString("latin1");
    const match = /(?:^|\n)\d{3} [^\n]*\n/.exec(buffer);
    if (match && waiting) {
      const reply = buffer.slice(0, match.index + match[0].length);
      buffer = buffer.slice(reply.length);
      const done = waiting;
      waiting = null;
      done(reply);
    }
  };
  const next = () =>
    new Promise<string>((resolve) => {
      waiting = resolve;
      onData(Buffer.alloc(0));
    });
  const send = (line: string) => {
    socket.write(`${line}\r\n`);
    return next();
  };
  const expect = async (reply: Promise<string>, code: string) => {
    const text = await reply;
    if (!text.startsWith(code)) throw new Error(`expected ${code}, got ${text}`);
  };
  socket.on("data", onData);
  await expect(next(), "220");
  await expect(send("EHLO raw.example"), "250");
  await expect(send("STARTTLS"), "220");
  socket.removeListener("data", onData);
  socket = await new Promise<tls.TLSSocket>((resolve, reject) => {
    const secure = tls.connect({ socket, ca: params.ca, servername: "localhost" }, () => resolve(secure));
    secure.once("error", reject);
  });
  socket.on("data", onData);
  await expect(send("EHLO raw.example"), "250");
  await expect(send("AUTH LOGIN"), "334");
  await expect(send(Buffer.from(params.user).toString("base64")), "334");
  await expect(send(Buffer.from(params.password).toString("base64")), "235");
  await expect(send(`MAIL FROM:<${params.from}>`), "250");
  await expect(send(`RCPT TO:<${params.to}>`), "250");
  await expect(send("RSET"), "250");
  await expect(send("QUIT"), "221");
  socket.destroy();
}

/** Server round trips in that conversation: 11 replies plus one TLS 1.3 handshake flight. */
export const RAW_ROUND_TRIPS = 12;
