/**
 * What a device offers when it starts TLS, read from its ClientHello (RFC 8446 §4.1.2, RFC 5246
 * §7.4.1.2): the protocol versions it can speak, its cipher suites, the name it asked for. This is
 * the one thing no test from our side can see: "the copier only speaks TLS 1.0" is a top cause of
 * failures with Microsoft 365, and its own log rarely says so.
 *
 * Pure parsing of bytes the device sent (never of anything it could use against us): every length
 * is checked against what is there, and a record that is not a ClientHello gives null.
 */

export type TlsVersion = "SSLv3" | "TLSv1" | "TLSv1.1" | "TLSv1.2" | "TLSv1.3";

export type ClientHello = {
  /**
   * The versions the device named, highest first: every one it speaks when it sends the TLS 1.3
   * supported_versions list, else only its highest (older ClientHellos do not say their lowest).
   */
  versions: TlsVersion[];
  /** The highest of them: the device's ceiling. */
  highest: TlsVersion;
  /** The cipher suites offered, in the device's order, by IANA name (hex when unknown). */
  cipherSuites: string[];
  /** The server name the device asked for (SNI), if any. */
  serverName: string | null;
};

const VERSION_NAMES: Record<number, TlsVersion> = {
  768: "SSLv3",
  769: "TLSv1",
  770: "TLSv1.1",
  771: "TLSv1.2",
  772: "TLSv1.3",
};

// The suites devices and TLS libraries commonly offer (IANA TLS Cipher Suites registry).
const SUITE_NAMES: Record<number, string> = {
  4: "TLS_RSA_WITH_RC4_128_MD5",
  5: "TLS_RSA_WITH_RC4_128_SHA",
  10: "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
  47: "TLS_RSA_WITH_AES_128_CBC_SHA",
  51: "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
  53: "TLS_RSA_WITH_AES_256_CBC_SHA",
  57: "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
  60: "TLS_RSA_WITH_AES_128_CBC_SHA256",
  61: "TLS_RSA_WITH_AES_256_CBC_SHA256",
  103: "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
  107: "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
  156: "TLS_RSA_WITH_AES_128_GCM_SHA256",
  157: "TLS_RSA_WITH_AES_256_GCM_SHA384",
  158: "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
  159: "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
  255: "TLS_EMPTY_RENEGOTIATION_INFO_SCSV",
  4865: "TLS_AES_128_GCM_SHA256",
  4866: "TLS_AES_256_GCM_SHA384",
  4867: "TLS_CHACHA20_POLY1305_SHA256",
  22016: "TLS_FALLBACK_SCSV",
  49161: "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
  49162: "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
  49170: "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
  49171: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
  49172: "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
  49187: "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
  49188: "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
  49191: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
  49192: "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
  49195: "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
  49196: "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
  49199: "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
  49200: "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
  52392: "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
  52393: "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
  52394: "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
};

const HANDSHAKE = 0x16;
const CLIENT_HELLO = 0x01;
const EXT_SERVER_NAME = 0x0000;
const EXT_SUPPORTED_VERSIONS = 0x002b;

/** GREASE values (RFC 8701) are padding, not offers: 0x?a?a with both bytes equal. */
function isGrease(value: number): boolean {
  return (value & 0x0f0f) === 0x0a0a && value >> 8 === (value & 0xff);
}

function suiteName(value: number): string {
  return SUITE_NAMES[value] ?? `0x${value.toString(16).padStart(4, "0")}`;
}

class Reader {
  constructor(
    private readonly bytes: Uint8Array,
    public at = 0,
    private readonly end = bytes.length,
  ) {}
  left(): number {
    return this.end - this.at;
  }
  u8(): number {
    if (this.left() < 1) throw new RangeError("short");
    return this.bytes[this.at++] as number;
  }
  u16(): number {
    return (this.u8() << 8) | this.u8();
  }
  u24(): number {
    return (this.u8() << 16) | this.u16();
  }
  slice(length: number): Reader {
    if (length > this.left()) throw new RangeError("short");
    const inner = new Reader(this.bytes, this.at, this.at + length);
    this.at += length;
    return inner;
  }
  text(length: number): string {
    const inner = this.slice(length);
    return Buffer.from(this.bytes.subarray(inner.at, inner.at + length)).toString("latin1");
  }
}

/**
 * The ClientHello at the start of `bytes` (the first TLS record a client sends), or null when the
 * bytes are not one or not all of it has arrived yet (a ClientHello fits one record in practice).
 */
export function parseClientHello(bytes: Uint8Array): ClientHello | null {
  try {
    const record = new Reader(bytes);
    if (record.u8() !== HANDSHAKE) return null;
    const recordVersion = record.u16();
    if (recordVersion >> 8 !== 0x03) return null;
    const body = record.slice(record.u16());
    if (body.u8() !== CLIENT_HELLO) return null;
    const hello = body.slice(body.u24());
    const legacyVersion = hello.u16();
    hello.slice(32); // random
    hello.slice(hello.u8()); // session id
    const suites = hello.slice(hello.u16());
    const cipherSuites: string[] = [];
    while (suites.left() >= 2) {
      const suite = suites.u16();
      if (!isGrease(suite)) cipherSuites.push(suiteName(suite));
    }
    hello.slice(hello.u8()); // compression methods
    let serverName: string | null = null;
    let supported: number[] | null = null;
    if (hello.left() >= 2) {
      const extensions = hello.slice(hello.u16());
      while (extensions.left() >= 4) {
        const type = extensions.u16();
        const data = extensions.slice(extensions.u16());
        if (type === EXT_SUPPORTED_VERSIONS) {
          const list = data.slice(data.u8());
          supported = [];
          while (list.left() >= 2) {
            const version = list.u16();
            if (!isGrease(version)) supported.push(version);
          }
        } else if (type === EXT_SERVER_NAME) {
          const names = data.slice(data.u16());
          while (names.left() >= 3) {
            const kind = names.u8();
            const name = names.text(names.u16());
            if (kind === 0 && serverName === null) serverName = name;
          }
        }
      }
    }
    // TLS 1.3 clients list every version they speak; older ones say only their highest.
    const offered = supported ?? [legacyVersion];
    const versions = [...new Set(offered)]
      .filter((v) => VERSION_NAMES[v] !== undefined)
      .sort((a, b) => b - a)
      .map((v) => VERSION_NAMES[v] as TlsVersion);
    const highest = versions[0];
    if (highest === undefined) return null;
    return { versions, highest, cipherSuites, serverName };
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
