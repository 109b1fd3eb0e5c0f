import { type ClientHello, parseClientHello } from "./client-hello";

/**
 * Watches one SMTP session's bytes as they pass, both ways, for the device's ClientHello: the first
 * bytes after the server's 220 to STARTTLS, or the very first ones on an implicit-TLS port. It
 * reads and never changes anything; the TLS itself is the server's behind it.
 */
export class ClientHelloTap {
  private clientLine = "";
  private askedForTls = false;
  private tlsNext: boolean;
  private hello = Buffer.alloc(0);
  private done = false;
  result: ClientHello | null = null;
  /** The first HELO/EHLO name, exactly as the device wrote it (seen only before TLS). */
  ehlo: string | null = null;

  constructor(mode: "starttls" | "tls" | "plain") {
    this.tlsNext = mode === "tls";
  }

  fromClient(chunk: Buffer): void {
    // Past the ClientHello everything is encrypted: nothing more to read.
    if (this.done) return;
    if (this.tlsNext) {
      this.hello = Buffer.concat([this.hello, chunk]);
      this.result = parseClientHello(this.hello);
      // A ClientHello fits in a few kilobytes; past that it is not one.
      if (this.result !== null || this.hello.length > 16_384) this.finish();
      return;
    }
    this.readLines(chunk);
  }

  private readLines(chunk: Buffer): void {
    this.clientLine += chunk.toString("latin1");
    const lines = this.clientLine.split("\r\n");
    this.clientLine = (lines.pop() ?? "").slice(-512);
    for (const line of lines) {
      this.askedForTls = /^STARTTLS\s*$/i.test(line);
      const helo = /^(?:EHLO|HELO) +(\S{1,255})\s*$/i.exec(line);
      if (helo && this.ehlo === null) this.ehlo = helo[1] ?? null;
    }
  }

  fromServer(chunk: Buffer): void {
    if (this.done || this.tlsNext || !this.askedForTls) return;
    const text = chunk.toString("latin1");
    if (/^220[ -]/.test(text)) this.tlsNext = true;
    else if (/^\d{3}[ -]/.test(text)) this.askedForTls = false;
  }

  private finish(): void {
    this.done = true;
    this.hello = Buffer.alloc(0);
  }
}
