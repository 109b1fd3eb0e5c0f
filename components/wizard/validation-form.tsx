"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlErrorProps, Field } from "@/components/ui/field";
import { SelectInput } from "@/components/ui/select-input";
import { TextInput } from "@/components/ui/text-input";
import { type SendAsProvider, sendAsGap } from "@/lib/providers/send-as-gap";
import type { ProbeInput } from "@/lib/smtp/probe-input-schema";
import { ENCRYPTION_OPTIONS } from "./encryption-options";
import { SendAsNote } from "./send-as-note";
import { buildProbeInput, type SettingsErrors } from "./settings-input";
import type { SettingsDraft } from "./wizard-state";

type Props = {
  initial: SettingsDraft;
  running: boolean;
  /** The recommended path's platform, for what it checks only after the message (Send As). */
  provider: SendAsProvider | null;
  /** The failing run stopped on the certificate: offer to allow an untrusted one for this run. */
  certificateCause: boolean;
  onRun: (input: ProbeInput) => void;
};

/** The recommended settings, editable (e.g. a relay's address on site), and the one-time password. */
export function ValidationForm({ initial, running, provider, certificateCause, onRun }: Props) {
  const [draft, setDraft] = useState<SettingsDraft>(initial);
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<SettingsErrors>({});
  const set = (patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const built = await buildProbeInput(
      { ...draft, allowUntrustedCert: certificateCause && draft.allowUntrustedCert },
      { password, token: password },
    );
    if (!built.ok) return setErrors(built.errors);
    setErrors({});
    onRun(built.input);
  };
  const input = (name: "host" | "port" | "username" | "from", label: string) => (
    <Field id={`validate-${name}`} label={label} error={errors[name]}>
      <TextInput
        id={`validate-${name}`}
        value={draft[name]}
        autoComplete="off"
        onChange={(e) => set({ [name]: e.target.value })}
        {...controlErrorProps(`validate-${name}`, errors[name])}
      />
    </Field>
  );
  const check = (name: "send" | "allowUntrustedCert", label: string, hint: string) => (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        className="mt-1"
        checked={draft[name]}
        onChange={(e) => set({ [name]: e.target.checked })}
      />
      <span>
        {label}
        <span className="block text-zinc-600 dark:text-zinc-400">{hint}</span>
      </span>
    </label>
  );
  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-4 rounded-md border border-zinc-200 p-4 dark:border-zinc-800"
    >
      <h3 className="text-lg font-semibold">Test these settings</h3>
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
        {input("host", "Server")}
        {input("port", "Port")}
        <Field id="validate-security" label="Encryption">
          <SelectInput
            id="validate-security"
            value={draft.security}
            onChange={(e) => set({ security: e.target.value as SettingsDraft["security"] })}
          >
            {ENCRYPTION_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </SelectInput>
        </Field>
      </div>
      {draft.auth !== "none" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          {input("username", "Username")}
          <Field
            id="validate-password"
            label={draft.auth === "oauth2" ? "Access token" : "Password"}
            hint="(used once for this test, never stored)"
            error={errors.password ?? errors.token}
          >
            <TextInput
              id="validate-password"
              type="password"
              autoComplete="off"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              {...controlErrorProps("validate-password", errors.password ?? errors.token)}
            />
          </Field>
        </div>
      ) : null}
      {input("from", "Sender address")}
      <SendAsNote gap={sendAsGap(draft, provider)} />
      <div className="flex flex-col gap-2">
        {check(
          "send",
          "Send a real test message",
          `One fixed message to ${draft.to || "the test recipient"}. Off: the test stops after RCPT TO and nothing is delivered.`,
        )}
        {certificateCause && draft.auth !== "none"
          ? check(
              "allowUntrustedCert",
              "Allow an untrusted certificate for this run",
              "Sends the password even though the certificate does not verify. Only for a server you know (e.g. an internal relay).",
            )
          : null}
      </div>
      <div>
        <Button type="submit" disabled={running}>
          {running ? "Testing…" : "Run the validation test"}
        </Button>
      </div>
    </form>
  );
}
