import net from "node:net";
import tls from "node:tls";

/**
 * Greeting → EHLO → STARTTLS → handshake with the given TLS options, outside the probe: proves
 * what a server can do (e.g. that it really completes TLS 1.0/1.1 when the probe, a current
 * client, refuses it). Resolves with the negotiated protocol; rejects with the server's reply or
 * the TLS error.
 */
export function starttlsHandshake(port: number, options: tls.ConnectionOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    const timer = setTimeout(() => fail(new Error("no answer within 5 s")), 5_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    };
    const steps = ["EHLO probe.example", "STARTTLS"];
    let buffered = "";
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString("latin1");
      // A reply is complete at a line "NNN text" (no hyphen after the code).
      const last = buffered.split("\r\n").filter(Boolean).pop() ?? "";
      if (!buffered.endsWith("\r\n") || !/^\d{3}(?: |$)/.test(last)) return;
      if (!/^[23]/.test(last)) return fail(new Error(`server refused: ${last}`));
      buffered = "";
      const next = steps.shift();
      if (next) return void socket.write(`${next}\r\n`);
      socket.off("data", onData);
      const secure = tls.connect({ ...options, socket });
      secure.once("secureConnect", () => {
        clearTimeout(timer);
        const protocol = secure.getProtocol() ?? "unknown";
        secure.destroy();
        resolve(protocol);
      });
      secure.once("error", fail);
    };
    socket.on("data", onData);
    socket.once("error", fail);
  });
}
