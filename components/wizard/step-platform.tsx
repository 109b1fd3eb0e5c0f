"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectInput } from "@/components/ui/select-input";
import { TextInput } from "@/components/ui/text-input";
import { callApi } from "@/lib/api/client";
import type { SettingsDraft, WizardState, YesNoUnknown } from "./wizard-state";

/** `checksSendAs`: the provider judges Send As only at the end of DATA (see lib/providers/send-as.ts). */
export type ProviderOption = { id: string; name: string; checksSendAs: boolean };
export type PlatformDetection = {
  providerId: string | null;
  providerName: string | null;
  evidence: string[];
};

type Props = {
  platform: WizardState["platform"];
  settings: SettingsDraft;
  providers: ProviderOption[];
  onPlatform: (patch: Partial<WizardState["platform"]>) => void;
  onSettings: (patch: Partial<SettingsDraft>) => void;
  onBack: () => void;
  onNext: () => void;
};

/**
 * Asks the server which platform the sender domain's MX and the server name point to; when it
 * cannot say (offline, asked too often), why, so the user picks the platform by hand.
 */
function useDetection(
  server: string,
  sender: string,
): { detection: PlatformDetection | null; problem: string | null } {
  const [detection, setDetection] = useState<PlatformDetection | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!server.trim() && !sender.includes("@")) return;
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      const query = new URLSearchParams({ server: server.trim(), sender: sender.trim() });
      try {
        const answer = await callApi<PlatformDetection>(`/api/platform?${query}`, { signal: abort.signal });
        if (answer.ok) {
          setDetection(answer.value);
          setProblem(null);
        } else setProblem(answer.message);
      } catch {
        // Typing on: a newer request replaces this one.
      }
    }, 400);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [server, sender]);
  return { detection, problem };
}

const YNU: { value: YesNoUnknown; label: string }[] = [
  { value: "unknown", label: "Don't know" },
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** Step 2: the mail platform, detected from the sender's domain and the server name, confirmable. */
export function StepPlatform({
  platform,
  settings,
  providers,
  onPlatform,
  onSettings,
  onBack,
  onNext,
}: Props) {
  const { detection, problem } = useDetection(settings.host, settings.from);
  const detectedId = detection?.providerId ?? null;
  useEffect(() => {
    if (detectedId && platform.providerId === null) onPlatform({ providerId: detectedId });
  }, [detectedId, platform.providerId, onPlatform]);
  return (
    <form
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="platform-from" label="Sender address" hint="(the device's “From”)">
          <TextInput
            id="platform-from"
            value={settings.from}
            autoComplete="off"
            onChange={(e) => onSettings({ from: e.target.value })}
          />
        </Field>
        <Field id="platform-host" label="SMTP server" hint="(as set on the device)">
          <TextInput
            id="platform-host"
            value={settings.host}
            autoComplete="off"
            onChange={(e) => onSettings({ host: e.target.value })}
          />
        </Field>
      </div>
      <div aria-live="polite" className="rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-800">
        {detection?.providerName ? (
          <>
            <p className="font-medium">Detected: {detection.providerName}</p>
            <ul className="mt-1 list-disc pl-5 text-zinc-700 dark:text-zinc-300">
              {detection.evidence.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : problem ? (
          <p className="text-zinc-700 dark:text-zinc-300">
            The platform could not be detected just now: {problem} Choose it below.
          </p>
        ) : (
          <p className="text-zinc-700 dark:text-zinc-300">
            Type the sender address and the server to detect the platform.
          </p>
        )}
      </div>
      <Field id="platform-provider" label="Mail platform">
        <SelectInput
          id="platform-provider"
          value={platform.providerId ?? ""}
          onChange={(e) => onPlatform({ providerId: e.target.value || null })}
        >
          <option value="">Not sure</option>
          {providers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectInput>
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="platform-needs" label="Who must receive the mail?">
          <SelectInput
            id="platform-needs"
            value={platform.needs}
            onChange={(e) => onPlatform({ needs: e.target.value as WizardState["platform"]["needs"] })}
          >
            <option value="unknown">Don&apos;t know</option>
            <option value="internal-only">Only people in our organisation</option>
            <option value="external">Also outside addresses</option>
          </SelectInput>
        </Field>
        <Field id="platform-static" label="Does the site have a static public IP?">
          <SelectInput
            id="platform-static"
            value={platform.staticIp}
            onChange={(e) => onPlatform({ staticIp: e.target.value as YesNoUnknown })}
          >
            {YNU.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </SelectInput>
        </Field>
      </div>
      <div className="flex gap-3">
        <Button onClick={onBack} className="bg-zinc-600 hover:bg-zinc-700 dark:bg-zinc-700">
          Back
        </Button>
        <Button type="submit">Next: current settings</Button>
      </div>
    </form>
  );
}
