import type { Socket } from "node:net";
import type { ProbeCaps } from "./probe-options";

/**
 * Counts what the server sends and reports the first cap it breaks: bytes per session, bytes per
 * line, lines per reply. Inactivity timeouts cannot stop a server that drips an endless
 * multiline reply; these caps and the run deadline can.
 */
export class InboundGuard {
  private sessionBytes = 0;
  private lineBytes = 0;
  private lineHead = "";
  private linesInReply = 0;
  private socket: Socket | null = null;
  private tripped = false;
  private readonly onData = (chunk: Buffer) => this.feed(chunk);

  constructor(
    private readonly caps: ProbeCaps,
    private readonly onViolation: (message: string) => void,
  ) {}

  /** Watches this socket instead of the previous one (after STARTTLS the TLS socket carries the text). */
  attach(socket: Socket): void {
    if (this.socket === socket) return;
    this.detach();
    this.socket = socket;
    this.lineBytes = 0;
    this.lineHead = "";
    this.linesInReply = 0;
    socket.on("data", this.onData);
  }

  detach(): void {
    this.socket?.removeListener("data", this.onData);
    this.socket = null;
  }

  get watching(): Socket | null {
    return this.socket;
  }

  private feed(chunk: Buffer): void {
    if (this.tripped) return;
    this.sessionBytes += chunk.length;
    if (this.sessionBytes > this.caps.maxSessionBytes) {
      this.trip(`the server sent more than ${this.caps.maxSessionBytes} bytes in this session`);
      return;
    }
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(0x0a, start);
      const end = newline === -1 ? chunk.length : newline;
      if (this.lineHead.length < 4) {
        this.lineHead += chunk
          .subarray(start, Math.min(end, start + 4 - this.lineHead.length))
          .toString("latin1");
      }
      this.lineBytes += end - start;
      if (this.lineBytes > this.caps.maxLineBytes) {
        this.trip(`a reply line was longer than ${this.caps.maxLineBytes} bytes`);
        return;
      }
      if (newline === -1) break;
      const continuation = /^\d{3}-/.test(this.lineHead);
      this.linesInReply = continuation ? this.linesInReply + 1 : 0;
      if (this.linesInReply > this.caps.maxLinesPerReply) {
        this.trip(`a reply had more than ${this.caps.maxLinesPerReply} lines`);
        return;
      }
      this.lineBytes = 0;
      this.lineHead = "";
      start = newline + 1;
    }
  }

  private trip(message: string): void {
    this.tripped = true;
    this.detach();
    this.onViolation(message);
  }
}
