"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlErrorProps, Field } from "@/components/ui/field";
import { SelectInput } from "@/components/ui/select-input";
import { TextInput } from "@/components/ui/text-input";
import type { ProbeInput } from "@/lib/smtp/probe-input-schema";
import { ENCRYPTION_OPTIONS } from "./encryption-options";
import { buildProbeInput, type SettingsErrors } from "./settings-input";
import type { SettingsDraft } from "./wizard-state";

type Props = { initial: SettingsDraft; running: boolean; onRun: (input: ProbeInput) => void };

/** The recommended settings, editable (e.g. a relay's address on site), and the one-time password. */
export function ValidationForm({ initial, running, onRun }: Props) {
  const [draft, setDraft] = useState<SettingsDraft>(initial);
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<SettingsErrors>({});
  const set = (patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const built = await buildProbeInput(draft, { password, token: password });
    if (!built.ok) return setErrors(built.errors);
    setErrors({});
    onRun(built.input);
  };
  const input = (name: "host" | "port" | "username", label: string) => (
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
      <div>
        <Button type="submit" disabled={running}>
          {running ? "Testing…" : "Run the validation test"}
        </Button>
      </div>
    </form>
  );
}
