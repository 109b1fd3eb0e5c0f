"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlErrorProps, Field } from "@/components/ui/field";
import { SelectInput } from "@/components/ui/select-input";
import { TextInput } from "@/components/ui/text-input";
import { type SendAsProvider, sendAsGap } from "@/lib/providers/send-as-gap";
import type { ProbeInput } from "@/lib/smtp/probe-schema";
import { type ReachableTargets, unreachableBecause } from "@/lib/smtp/reachability";
import { ENCRYPTION_OPTIONS } from "./encryption-options";
import { SendAsNote } from "./send-as-note";
import { buildProbeInput, type Secrets, type SettingsErrors } from "./settings-input";
import type { SettingsDraft, WizardState } from "./wizard-state";

type Props = {
  /** What this installation can test: an address it cannot reach is said at the field. */
  reachable: ReachableTargets;
  draft: SettingsDraft;
  settingsFrom: WizardState["settingsFrom"];
  secrets: Secrets;
  /** The platform chosen in step 2, for what it checks only after the message (Send As). */
  provider: SendAsProvider | null;
  onDraft: (patch: Partial<SettingsDraft>) => void;
  onSecrets: (patch: Partial<Secrets>) => void;
  onBack: () => void;
  onRun: (input: ProbeInput) => void;
};

/** Step 3: the device's current settings, validated inline with the API's schema. */
export function StepSettings({
  reachable,
  draft,
  settingsFrom,
  secrets,
  provider,
  onDraft,
  onSecrets,
  onBack,
  onRun,
}: Props) {
  const [errors, setErrors] = useState<SettingsErrors>({});
  const port = /^\d{1,5}$/.test(draft.port.trim()) ? Number(draft.port) : null;
  // Said as soon as it is typed: a test of it could only fail at SMTP Doctor's own target check.
  const unreachable = draft.host.trim() ? unreachableBecause(draft.host, port ?? 25, reachable) : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const built = await buildProbeInput(draft, secrets);
    if (!built.ok) {
      setErrors(built.errors);
      const first = Object.keys(built.errors)[0];
      if (first) document.getElementById(`settings-${first}`)?.focus();
      return;
    }
    if (unreachable) {
      setErrors({ host: unreachable });
      document.getElementById("settings-host")?.focus();
      return;
    }
    setErrors({});
    onRun(built.input);
  };
  const shownErrors: SettingsErrors = {
    ...errors,
    ...(unreachable && !errors.host ? { host: unreachable } : {}),
  };
  const text = (name: keyof SettingsDraft & string, label: string, hint?: string, type = "text") => (
    <Field id={`settings-${name}`} label={label} hint={hint} error={shownErrors[name]}>
      <TextInput
        id={`settings-${name}`}
        type={type}
        value={String(draft[name])}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onDraft({ [name]: e.target.value })}
        {...controlErrorProps(`settings-${name}`, shownErrors[name])}
      />
    </Field>
  );
  const encryption = ENCRYPTION_OPTIONS.find((o) => o.value === draft.security);
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      {settingsFrom.kind === "endpoint" ? (
        <p
          data-testid="endpoint-defaults"
          className="rounded-md border border-blue-200 bg-blue-50 p-3 text-sm text-blue-950 dark:border-blue-900 dark:bg-blue-950/60 dark:text-blue-100"
        >
          This server is known: {settingsFrom.title}. Port, encryption and sign-in below are set as it
          expects. If the device has other values, type those: the test should do what the device does.
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        {text("host", "SMTP server", "(name or IP address, as on the device)")}
        {text("port", "Port")}
      </div>
      <Field
        id="settings-security"
        label="Encryption"
        hint={encryption ? `(${encryption.deviceWords})` : undefined}
      >
        <SelectInput
          id="settings-security"
          value={draft.security}
          onChange={(e) => onDraft({ security: e.target.value as SettingsDraft["security"] })}
        >
          {ENCRYPTION_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectInput>
      </Field>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">Authentication (SMTP AUTH)</legend>
        {(
          [
            ["none", "Off"],
            ["password", "Username and password"],
            ["oauth2", "OAuth 2.0 access token"],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="auth"
              value={value}
              checked={draft.auth === value}
              onChange={() => onDraft({ auth: value })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {draft.auth !== "none" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          {text("username", "Username", "(usually the mailbox address)")}
          {draft.auth === "password" ? (
            <Field
              id="settings-password"
              label="Password"
              hint="(used once for this test, never stored)"
              error={errors.password}
            >
              <TextInput
                id="settings-password"
                type="password"
                autoComplete="off"
                value={secrets.password}
                onChange={(e) => onSecrets({ password: e.target.value })}
                {...controlErrorProps("settings-password", errors.password)}
              />
            </Field>
          ) : (
            <Field
              id="settings-token"
              label="Access token"
              hint="(used once, never stored)"
              error={errors.token}
            >
              <TextInput
                id="settings-token"
                type="password"
                autoComplete="off"
                value={secrets.token}
                onChange={(e) => onSecrets({ token: e.target.value })}
                {...controlErrorProps("settings-token", errors.token)}
              />
            </Field>
          )}
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {text("from", "Sender address", "(the device's “From” / sender e-mail)")}
        {text("to", "Test recipient", "(who should receive the scans)")}
      </div>
      <SendAsNote gap={sendAsGap(draft, provider)} />
      <div className="flex flex-col gap-2 text-sm">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            className="mt-1"
            checked={draft.send}
            onChange={(e) => onDraft({ send: e.target.checked })}
          />
          <span>
            Send one real test message
            <span className="block text-zinc-600 dark:text-zinc-400">
              Off: the test stops after RCPT TO and nothing is delivered.
            </span>
          </span>
        </label>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            className="mt-1"
            checked={draft.allowUntrustedCert}
            onChange={(e) => onDraft({ allowUntrustedCert: e.target.checked })}
          />
          <span>
            Send the password even if the server&apos;s certificate does not verify
            <span className="block text-zinc-600 dark:text-zinc-400">
              Only for a server you know (e.g. an internal relay).
            </span>
          </span>
        </label>
      </div>
      <div className="flex gap-3">
        <Button onClick={onBack} className="bg-zinc-600 hover:bg-zinc-700 dark:bg-zinc-700">
          Back
        </Button>
        <Button type="submit">Run the live test</Button>
      </div>
    </form>
  );
}
