import type net from "node:net";
import os from "node:os";
import { describeTls } from "./describe-tls";
import { connectPinned, startImplicitTls } from "./open-socket";
import { ProbeError } from "./probe-errors";
import type { ProbeResolver } from "./probe-options";
import { asProbeError, type ProbeRun, withAbort } from "./probe-run";
import { createSystemResolver, resolveSenderMx, resolveServer } from "./resolve-target";
import { describeTlsWarnings, summariseTls } from "./summarise-stage";
import { judgeAddress, judgeTarget } from "./target-policy";

/**
 * Stage 1: A/AAAA of the server (our own resolver, not getaddrinfo). The sender domain's MX, which
 * only the diagnosis reads (provider detection), is looked up beside the session instead of before
 * it: a connection waits for no DNS round trip it does not need. It joins this stage's facts when
 * the run ends (ProbeRun.settleSenderMx).
 */
export async function resolveStage(run: ProbeRun): Promise<string[] | null> {
  run.recorder.start("resolve");
  const resolver: ProbeResolver = run.options.resolver ?? createSystemResolver(run.timeouts.dnsMs);
  const senderDomain = run.input.from.split("@").pop() ?? "";
  run.senderMxLookup = withAbort(resolveSenderMx(resolver, senderDomain), run.signal).catch((err) => ({
    mx: [],
    error: asProbeError(err).message,
  }));
  let addresses: string[];
  try {
    addresses = run.literal ? [run.literal] : await withAbort(resolveServer(resolver, run.host), run.signal);
  } catch (err) {
    run.fail(err, "resolve", null, { senderDomain });
    return null;
  }
  run.recorder.finish("resolve", {
    status: "ok",
    summary: run.literal
      ? `${run.literal} is an IP address: no DNS lookup needed`
      : `${run.host} resolves to ${addresses.join(", ")}`,
    facts: { addresses, senderDomain },
  });
  return addresses;
}

/** Stage 2: the SSRF gate. Every address must be allowed before any socket opens. */
export function guardStage(run: ProbeRun, addresses: string[]): boolean {
  run.recorder.start("guard");
  const verdict = judgeTarget(addresses, run.input.port, run.options.policy);
  if (!verdict.allowed) {
    run.fail(new ProbeError("EBLOCKED", `Not tested: ${verdict.reason}`), "guard");
    return false;
  }
  run.recorder.finish("guard", {
    status: "ok",
    summary:
      verdict.by === "public"
        ? "Public address on an SMTP port: allowed"
        : "Address allowed by this server's operator setting",
    facts: { allowedBy: verdict.by },
  });
  return true;
}

function defaultEhloName(localAddress: string | undefined): string {
  const host = os.hostname();
  if (host.includes(".")) return host;
  // RFC 5321 4.1.3: an address literal when there is no fully qualified name.
  if (!localAddress) return "[127.0.0.1]";
  // A socket's own address is an IPv4 or IPv6 address; only IPv6 has colons (and net.isIPv6
  // compiles a regex that costs a command-line run about 5 ms).
  return localAddress.includes(":") ? `[IPv6:${localAddress}]` : `[${localAddress}]`;
}

/** Stage 3: TCP to the validated addresses only (pinned: nothing resolves the name again). */
export async function connectStage(run: ProbeRun, addresses: string[]): Promise<net.Socket | null> {
  run.recorder.start("connect");
  try {
    const { socket, attempts } = await connectPinned(
      addresses,
      run.input.port,
      run.timeouts.connectMs,
      run.signal,
    );
    // Errors are reported through nodemailer once it owns the socket; this keeps an early one
    // (before that) from becoming an uncaught exception.
    socket.on("error", () => {});
    // The guard judged the text we dialled; the kernel may have gone elsewhere (0.0.0.0 reaches
    // loopback on Linux). The peer the socket actually has must pass the same policy.
    const peer = judgeAddress(socket.remoteAddress ?? "", run.input.port, run.options.policy);
    if (!peer.allowed) {
      socket.destroy();
      run.fail(
        new ProbeError("EBLOCKED", `Not tested: the connection reached a refused address (${peer.reason})`),
        "connect",
        null,
        { attempts },
      );
      return null;
    }
    run.ehloName ??= defaultEhloName(socket.localAddress);
    run.recorder.finish("connect", {
      status: "ok",
      summary: `Connected to ${socket.remoteAddress}:${socket.remotePort}`,
      facts: {
        attempts,
        remoteAddress: socket.remoteAddress ?? "",
        remotePort: socket.remotePort ?? run.input.port,
        localAddress: socket.localAddress ?? "",
      },
    });
    return socket;
  } catch (err) {
    const attempts = (err as { attempts?: unknown }).attempts;
    run.fail(err, "connect", null, Array.isArray(attempts) ? { attempts } : {});
    return null;
  }
}

/** Implicit TLS (465 style): the handshake comes before any SMTP text. Other modes pass through. */
export async function implicitTlsStage(run: ProbeRun, socket: net.Socket): Promise<net.Socket | null> {
  if (run.input.security !== "tls") return socket;
  run.recorder.start("tls");
  try {
    const secure = await startImplicitTls(
      socket,
      run.servername,
      run.secureContext,
      run.timeouts.greetingMs,
      run.signal,
    );
    const facts = describeTls(secure, "implicit", run.certificateName);
    run.tlsFacts = facts;
    const warnings = describeTlsWarnings(facts);
    run.recorder.finish("tls", {
      status: warnings.length > 0 ? "warn" : "ok",
      summary: summariseTls(facts),
      facts: { tls: facts },
      warnings,
    });
    return secure;
  } catch (err) {
    run.fail(err, "tls");
    return null;
  }
}
