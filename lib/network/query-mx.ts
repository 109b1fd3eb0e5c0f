import { randomInt } from "node:crypto";
import dgram from "node:dgram";
import net from "node:net";

export type MxRecord = { exchange: string; priority: number };
/** The MX set and how long it may be kept: the records' TTL, or the zone's negative TTL. */
export type MxAnswer = { mx: MxRecord[]; ttlSeconds: number };

/** A reply too large for UDP: the caller falls back to a resolver that can use TCP. */
export class TruncatedAnswerError extends Error {
  constructor() {
    super("DNS answer truncated");
  }
}

const TYPE_MX = 15;
const TYPE_SOA = 6;
const NEGATIVE_TTL_DEFAULT = 60;

/**
 * One MX query over UDP, by hand, because Node's resolver gives MX records without their TTL and
 * the platform lookup caches by it. Tries `servers` ("ip", "ip:port" or "[ipv6]:port") in order.
 * Throws on a timeout, SERVFAIL/REFUSED or a malformed reply; NXDOMAIN and "no MX" are answers.
 */
export async function queryMx(domain: string, servers: string[], timeoutMs: number): Promise<MxAnswer> {
  let lastError: unknown = new Error("no DNS server configured");
  for (const server of servers) {
    try {
      return await askOnce(domain, parseServer(server), timeoutMs);
    } catch (error) {
      if (error instanceof TruncatedAnswerError) throw error;
      lastError = error;
    }
  }
  throw lastError;
}

export function parseServer(server: string): { host: string; port: number } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
  if (bracketed) return { host: bracketed[1] ?? "", port: Number(bracketed[2] ?? 53) };
  if (net.isIP(server)) return { host: server, port: 53 };
  const colon = server.lastIndexOf(":");
  return { host: server.slice(0, colon), port: Number(server.slice(colon + 1)) };
}

function encodeQuery(id: number, domain: string): Buffer {
  const labels = domain
    .replace(/\.$/, "")
    .split(".")
    .map((label) => Buffer.from(label, "ascii"));
  if (labels.some((label) => label.length === 0 || label.length > 63)) throw new Error("bad domain");
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(0x0100, 2); // recursion desired
  header.writeUInt16BE(1, 4);
  const question = Buffer.concat([
    ...labels.flatMap((label) => [Buffer.from([label.length]), label]),
    Buffer.from([0, 0, TYPE_MX, 0, 1]),
  ]);
  return Buffer.concat([header, question]);
}

function askOnce(
  domain: string,
  server: { host: string; port: number },
  timeoutMs: number,
): Promise<MxAnswer> {
  const id = randomInt(0, 0x10000);
  const query = encodeQuery(id, domain);
  const socket = dgram.createSocket(net.isIPv6(server.host) ? "udp6" : "udp4");
  return new Promise<MxAnswer>((resolve, reject) => {
    const done = (error: unknown, answer?: MxAnswer) => {
      clearTimeout(timer);
      socket.close();
      if (answer) resolve(answer);
      else reject(error);
    };
    const timer = setTimeout(() => done(new Error("DNS timeout")), timeoutMs);
    socket.on("error", (error) => done(error));
    socket.on("message", (message) => {
      // Another id is a stray or spoofed reply: keep waiting for ours.
      if (message.length < 12 || message.readUInt16BE(0) !== id) return;
      try {
        done(null, parseReply(message));
      } catch (error) {
        done(error);
      }
    });
    // Connected: the kernel drops datagrams from any other address and port.
    socket.connect(server.port, server.host, () => socket.send(query));
  });
}

function parseReply(message: Buffer): MxAnswer {
  const flags = message.readUInt16BE(2);
  if (!(flags & 0x8000)) throw new Error("not a DNS reply");
  if (flags & 0x0200) throw new TruncatedAnswerError();
  const rcode = flags & 0x000f;
  if (rcode !== 0 && rcode !== 3) throw new Error(`DNS error ${rcode}`);
  const counts = [4, 6, 8].map((offset) => message.readUInt16BE(offset));
  const [questions = 0, answers = 0, authority = 0] = counts;
  let offset = 12;
  for (let i = 0; i < questions; i++) offset = readName(message, offset).next + 4;
  const mx: MxRecord[] = [];
  let ttl = Number.POSITIVE_INFINITY;
  let negativeTtl = NEGATIVE_TTL_DEFAULT;
  for (let i = 0; i < answers + authority; i++) {
    const record = readRecord(message, offset);
    offset = record.next;
    if (i < answers) {
      // A CNAME chain's records count too: the answer lasts as long as its shortest link.
      ttl = Math.min(ttl, record.ttl);
      if (record.type === TYPE_MX) {
        const priority = message.readUInt16BE(record.data);
        mx.push({ priority, exchange: readName(message, record.data + 2).name });
      }
    } else if (record.type === TYPE_SOA && record.end - 4 >= record.data) {
      // RFC 2308: a negative answer lasts min(SOA TTL, SOA MINIMUM).
      negativeTtl = Math.min(record.ttl, message.readUInt32BE(record.end - 4));
    }
  }
  mx.sort((a, b) => a.priority - b.priority);
  return { mx, ttlSeconds: mx.length > 0 ? ttl : negativeTtl };
}

function readRecord(message: Buffer, start: number) {
  const { next } = readName(message, start);
  if (next + 10 > message.length) throw new Error("truncated record");
  const type = message.readUInt16BE(next);
  const ttl = message.readUInt32BE(next + 4);
  const length = message.readUInt16BE(next + 8);
  const data = next + 10;
  const end = data + length;
  if (end > message.length) throw new Error("truncated record data");
  return { type, ttl, data, end, next: end };
}

/** A (possibly compressed) name; every read is bounds-checked and pointer loops are cut short. */
function readName(message: Buffer, start: number): { name: string; next: number } {
  const labels: string[] = [];
  let offset = start;
  let next = -1;
  for (let jumps = 0; jumps < 64; ) {
    if (offset >= message.length) throw new Error("name runs past the message");
    const length = message[offset] ?? 0;
    if (length === 0) {
      return { name: labels.join(".").toLowerCase(), next: next === -1 ? offset + 1 : next };
    }
    if ((length & 0xc0) === 0xc0) {
      if (offset + 1 >= message.length) throw new Error("name pointer runs past the message");
      if (next === -1) next = offset + 2;
      offset = ((length & 0x3f) << 8) | (message[offset + 1] ?? 0);
      jumps += 1;
      continue;
    }
    if (length > 63 || offset + 1 + length > message.length) throw new Error("bad label");
    labels.push(message.toString("latin1", offset + 1, offset + 1 + length));
    offset += 1 + length;
  }
  throw new Error("name pointer loop");
}
