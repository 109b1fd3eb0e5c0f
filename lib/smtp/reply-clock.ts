import type { Socket } from "node:net";

/**
 * Time budgets the server's text must keep, however it trickles in. Inactivity timeouts reset on
 * every byte, so a server sending one byte a second could hold a run (and a probe slot) until the
 * run's hard deadline; here a reply must be complete within its budget from when we started
 * waiting for it, and a line within `lineMs` of its first byte. Byte and line caps are the
 * InboundGuard's job; this one only watches the clock.
 */
export class ReplyClock {
  private socket: Socket | null = null;
  private replyTimer: NodeJS.Timeout | null = null;
  private lineTimer: NodeJS.Timeout | null = null;
  private inLine = false;
  private lineHead = "";
  private detachAfterReply = false;
  private stopped = false;
  private readonly onData = (chunk: Buffer) => this.feed(chunk);

  constructor(
    private readonly lineMs: number,
    private readonly onOverrun: (message: string) => void,
  ) {}

  attach(socket: Socket): void {
    if (this.socket === socket) return;
    this.detach();
    this.socket = socket;
    this.inLine = false;
    this.lineHead = "";
    socket.on("data", this.onData);
  }

  detach(): void {
    this.socket?.removeListener("data", this.onData);
    this.socket = null;
    this.clearLine();
  }

  get watching(): Socket | null {
    return this.socket;
  }

  /**
   * Starts waiting for one complete reply, which must end (a line without `ddd-`) within
   * `budgetMs`. `what` names it in the error ("greeting", "reply to EHLO"). With `thenDetach`, stops
   * reading once it came: after the 220 to STARTTLS, the socket carries ciphertext.
   */
  expectReply(budgetMs: number, what: string, thenDetach = false): void {
    if (this.stopped) return;
    this.clearReply();
    this.detachAfterReply = thenDetach;
    this.replyTimer = setTimeout(() => this.overrun(`No complete ${what} within ${budgetMs} ms`), budgetMs);
  }

  stop(): void {
    this.stopped = true;
    this.clearReply();
    this.detach();
  }

  private feed(chunk: Buffer): void {
    let start = 0;
    while (start < chunk.length && this.socket !== null) {
      if (!this.inLine) {
        this.inLine = true;
        this.lineTimer = setTimeout(
          () =>
            this.overrun(
              `A reply line took longer than ${this.lineMs} ms to arrive (the server is dripping it)`,
            ),
          this.lineMs,
        );
      }
      const newline = chunk.indexOf(0x0a, start);
      const end = newline === -1 ? chunk.length : newline;
      if (this.lineHead.length < 4) {
        this.lineHead += chunk
          .subarray(start, Math.min(end, start + 4 - this.lineHead.length))
          .toString("latin1");
      }
      if (newline === -1) return;
      const last = !/^\d{3}-/.test(this.lineHead);
      this.clearLine();
      if (last && this.replyTimer !== null) {
        const detach = this.detachAfterReply;
        this.clearReply();
        if (detach) this.detach();
      }
      start = newline + 1;
    }
  }

  private overrun(message: string): void {
    if (this.stopped) return;
    this.stop();
    this.onOverrun(message);
  }

  private clearLine(): void {
    if (this.lineTimer !== null) clearTimeout(this.lineTimer);
    this.lineTimer = null;
    this.inLine = false;
    this.lineHead = "";
  }

  private clearReply(): void {
    if (this.replyTimer !== null) clearTimeout(this.replyTimer);
    this.replyTimer = null;
    this.detachAfterReply = false;
  }
}
