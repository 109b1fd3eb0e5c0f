"use client";

import { useCallback, useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { callApi, failureText } from "@/lib/api/client";
import type { CapturesAnswer, CaptureView, DeviceSessionView } from "@/lib/server/device-captures";

/**
 * "Test the device itself": one-time credentials for SMTP Doctor's capture server, to type into
 * the copier for one test scan, and what the device then did on the wire, as it arrives.
 */

const MODE_WORDS = { starttls: "STARTTLS", tls: "SSL/TLS (implicit)", plain: "None" } as const;
const TLS_WORDS: Record<string, string> = {
  SSLv3: "SSL 3.0",
  TLSv1: "TLS 1.0",
  "TLSv1.1": "TLS 1.1",
  "TLSv1.2": "TLS 1.2",
  "TLSv1.3": "TLS 1.3",
};
const POLL_MS = 4_000;

export function DeviceCapturePanel({ apiBase }: { apiBase: string }) {
  const [state, setState] = useState<CapturesAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refuse, setRefuse] = useState(false);
  const [started, setStarted] = useState<{ capture: CaptureView; password: string } | null>(null);
  const refuseId = useId();

  const load = useCallback(async () => {
    const answer = await callApi<CapturesAnswer>(`${apiBase}/captures`);
    if (answer.ok) setState(answer.value);
    else setError(failureText(answer));
  }, [apiBase]);

  useEffect(() => {
    void load();
  }, [load]);

  const live = state?.captures.some((capture) => capture.live) ?? false;
  // Polled while a capture is open, and until the addresses devices came from are checked.
  const polling = live || (state?.sessions.some((session) => session.siteIp === "pending") ?? false);
  useEffect(() => {
    if (!polling) return;
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [polling, load]);

  async function start() {
    setBusy(true);
    setError(null);
    const answer = await callApi<{ capture: CaptureView; password: string }>(`${apiBase}/captures`, {
      body: { answer: refuse ? "refuse" : "accept" },
    });
    setBusy(false);
    if (!answer.ok) return setError(failureText(answer));
    setStarted(answer.value);
    await load();
  }

  if (state && state.sink === null) {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Device capture is turned off on this installation.
      </p>
    );
  }
  const sink = state?.sink;
  return (
    <div className="flex flex-col gap-3" data-testid="device-capture">
      <p>
        Point the device at SMTP Doctor's capture server for one test scan: the case then shows what the
        device itself does — its public IP, the TLS versions it offers, how it signs in, the sender it uses.
        Nothing sent there is delivered.
      </p>
      {!started && (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" onClick={start} disabled={busy || !state}>
            Start a device capture (60 minutes)
          </Button>
          <label htmlFor={refuseId} className="flex items-center gap-2 text-sm">
            <input
              id={refuseId}
              type="checkbox"
              checked={refuse}
              onChange={(e) => setRefuse(e.target.checked)}
            />
            Refuse the scan as the failing server did, to see the device show the error
          </label>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {started && sink && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
          <p className="font-medium">
            Type these into the device's email (SMTP) settings, then send one test scan:
          </p>
          <dl
            className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm"
            data-testid="capture-settings"
          >
            <dt>SMTP server</dt>
            <dd className="font-mono [overflow-wrap:anywhere]">{sink.server}</dd>
            {sink.listeners.map((listener) => (
              <div key={listener.port} className="contents">
                <dt>Port</dt>
                <dd>
                  <span className="font-mono">{listener.port}</span> with encryption{" "}
                  {MODE_WORDS[listener.mode]}
                </dd>
              </div>
            ))}
            <dt>User name</dt>
            <dd className="font-mono [overflow-wrap:anywhere]">{started.capture.username}</dd>
            <dt>Password</dt>
            <dd className="font-mono [overflow-wrap:anywhere]" data-testid="capture-password">
              {started.password}
            </dd>
          </dl>
          <p className="mt-2 text-sm">
            Shown once; it works until <LocalTime iso={started.capture.expiresAt} />. Put the device back to
            its usual settings afterwards.
          </p>
        </div>
      )}
      {state && state.sessions.length > 0 && (
        <ol className="flex flex-col gap-3" data-testid="device-sessions">
          {state.sessions.map((session) => (
            <DeviceSession key={session.id} session={session} />
          ))}
        </ol>
      )}
      {live && state?.sessions.length === 0 && (
        <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
          Waiting for the device…
        </p>
      )}
    </div>
  );
}

function DeviceSession({ session }: { session: DeviceSessionView }) {
  const c = session.capture;
  const hello = c.clientHello;
  const subject = c.message?.headers.find((h) => h.name.toLowerCase() === "subject")?.value;
  const from = c.message?.headers.find((h) => h.name.toLowerCase() === "from")?.value;
  return (
    <li className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800" data-device-session>
      <p className="font-medium">
        <LocalTime iso={session.at} /> · the device at {c.remoteAddress}
      </p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt>Name it gave (EHLO)</dt>
        <dd className="font-mono [overflow-wrap:anywhere]">{c.ehlo ?? "none"}</dd>
        <dt>Encryption</dt>
        <dd>
          {hello
            ? `${c.usedStartTls ? "STARTTLS" : "implicit TLS"}; offered ${hello.versions.map((v) => TLS_WORDS[v] ?? v).join(", ")}`
            : "none"}
        </dd>
        <dt>Sign-in</dt>
        <dd>
          AUTH {c.auth.mechanism}
          {c.encryptedAtAuth ? "" : " before encrypting"}
        </dd>
        <dt>Envelope</dt>
        <dd className="[overflow-wrap:anywhere]">
          MAIL FROM &lt;{c.mailFrom ?? ""}&gt; → {c.rcptTo.join(", ") || "no recipient"}
        </dd>
        {c.message && (
          <>
            <dt>Message</dt>
            <dd className="[overflow-wrap:anywhere]">
              {from ? `From: ${from}; ` : ""}
              {subject ? `“${subject}”, ` : ""}
              {Math.round(c.message.size / 1024)} kB (not kept)
            </dd>
          </>
        )}
        <dt>Its public IP</dt>
        <dd data-site-ip={session.siteIp}>
          {session.siteIp === "checked"
            ? `${c.remoteAddress}: checked against the blocklists (see the network checks)`
            : session.siteIp === "pending"
              ? `${c.remoteAddress}: being checked against the blocklists…`
              : "not a public address: the device reached the capture over a private network, so there is nothing to look up"}
        </dd>
        {c.answer && (
          <>
            <dt>Answered</dt>
            <dd className="font-mono [overflow-wrap:anywhere]">{c.answer}</dd>
          </>
        )}
      </dl>
      {session.findings.length > 0 && (
        <ul className="mt-2 flex flex-col gap-2">
          {session.findings.map((finding) => (
            <li
              key={finding.id}
              data-finding={finding.id}
              className={`border-l-4 pl-3 text-sm ${finding.severity === "high" ? "border-red-600 dark:border-red-400" : "border-amber-500"}`}
            >
              <p className="font-semibold">{finding.title}</p>
              <p>{finding.detail}</p>
              <p className="text-zinc-600 dark:text-zinc-400">
                Seen: {finding.evidence}
                {finding.asOf ? ` (policy as of ${finding.asOf})` : ""}
              </p>
              <p>Fix: {finding.fix}</p>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
