"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlErrorProps, Field } from "@/components/ui/field";
import { SelectInput } from "@/components/ui/select-input";
import { TextInput } from "@/components/ui/text-input";
import { callApi } from "@/lib/api/client";
import type { CaseContext } from "@/lib/reports/case-schemas";

type TriState = CaseContext["staticIp"];

export type CaseDetails = {
  title: string;
  device: string;
  failingFunction: string;
  publicIp: string;
  note: string;
  staticIp: TriState;
  deviceSupportsOAuth: TriState;
  deviceSupportsTls12: TriState;
};

type FieldName = keyof CaseDetails;

/** The case's own facts, editable by its owner: the report's environment section is built from them. */
export function CaseDetailsForm({ ownerToken, initial }: { ownerToken: string; initial: CaseDetails }) {
  const router = useRouter();
  const [details, setDetails] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<CaseDetails>) => setDetails((d) => ({ ...d, ...patch }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    setErrors({});
    const answer = await callApi(`/api/cases/${encodeURIComponent(ownerToken)}`, {
      method: "PATCH",
      body: {
        title: details.title,
        context: {
          device: details.device,
          failingFunction: details.failingFunction,
          staticIp: details.staticIp,
          deviceSupportsOAuth: details.deviceSupportsOAuth,
          deviceSupportsTls12: details.deviceSupportsTls12,
          site: { publicIp: details.publicIp, note: details.note },
        },
      },
    });
    setBusy(false);
    if (!answer.ok) {
      const next: Partial<Record<FieldName, string>> = {};
      for (const issue of answer.issues ?? []) {
        const field = issue.path.split(".").at(-1) as FieldName;
        next[field] ??= issue.message;
      }
      setErrors(next);
      setMessage(answer.message);
      return;
    }
    setMessage("Saved.");
    router.refresh();
  };

  const text = (name: FieldName, label: string, hint?: string) => (
    <Field id={`case-${name}`} label={label} hint={hint} error={errors[name]}>
      <TextInput
        id={`case-${name}`}
        value={details[name]}
        autoComplete="off"
        onChange={(e) => set({ [name]: e.target.value })}
        {...controlErrorProps(`case-${name}`, errors[name])}
      />
    </Field>
  );
  const tri = (name: "staticIp" | "deviceSupportsOAuth" | "deviceSupportsTls12", label: string) => (
    <Field id={`case-${name}`} label={label}>
      <SelectInput
        id={`case-${name}`}
        value={details[name]}
        onChange={(e) => set({ [name]: e.target.value as TriState })}
      >
        <option value="unknown">Unknown</option>
        <option value="yes">Yes</option>
        <option value="no">No</option>
      </SelectInput>
    </Field>
  );

  return (
    <form onSubmit={save} noValidate className="flex flex-col gap-4">
      {text("title", "Case title")}
      <div className="grid gap-4 sm:grid-cols-2">
        {text("device", "Device make and model")}
        {text("failingFunction", "What fails", "(e.g. scan to e-mail)")}
        {text("publicIp", "Site public IP", "(the IP the device sends from)")}
        {text("note", "Site notes", "(ISP, router, anything the report should say)")}
        {tri("staticIp", "Static public IP")}
        {tri("deviceSupportsOAuth", "Device supports OAuth 2.0")}
        {tri("deviceSupportsTls12", "Device supports TLS 1.2")}
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save case details"}
        </Button>
        <p role="status" className="text-sm">
          {message}
        </p>
      </div>
    </form>
  );
}
