"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlErrorProps, Field } from "@/components/ui/field";
import { SelectInput } from "@/components/ui/select-input";
import { TextInput } from "@/components/ui/text-input";
import { callApi } from "@/lib/api/client";

/** An admin invites a colleague: the link appears once, to send them by hand (no mail is sent). */
export function InviteForm() {
  const [error, setError] = useState<string | null>(null);
  const [emailError, setEmailError] = useState<string | undefined>();
  const [created, setCreated] = useState<{ url: string; email: string; expiresAt: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setEmailError(undefined);
    const form = new FormData(event.currentTarget);
    const answer = await callApi<{ url: string; email: string; expiresAt: string }>("/api/staff/invites", {
      body: { email: form.get("email"), role: form.get("role") },
    });
    setBusy(false);
    if (answer.ok) {
      setCreated({ ...answer.value, url: new URL(answer.value.url, window.location.origin).toString() });
      return;
    }
    const issue = answer.issues?.find((item) => item.path === "email");
    if (issue) setEmailError(issue.message);
    else setError(answer.message);
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 grow">
          <Field id="invite-email" label="Email address" error={emailError}>
            <TextInput
              id="invite-email"
              name="email"
              type="email"
              autoComplete="off"
              required
              {...controlErrorProps("invite-email", emailError)}
            />
          </Field>
        </div>
        <Field id="invite-role" label="Role">
          <SelectInput id="invite-role" name="role" defaultValue="staff">
            <option value="staff">Staff</option>
            <option value="admin">Admin</option>
          </SelectInput>
        </Field>
        <Button type="submit" disabled={busy}>
          {busy ? "Please wait…" : "Create an invitation link"}
        </Button>
      </form>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
      {created ? (
        <div
          role="status"
          className="flex flex-col gap-1 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-950 dark:border-green-800 dark:bg-green-950/60 dark:text-green-100"
        >
          <p>
            Send this link to {created.email} yourself: it is shown only now, works once, and until{" "}
            {created.expiresAt.slice(0, 16).replace("T", " ")} UTC.
          </p>
          <p className="font-mono break-all" data-testid="invite-url">
            {created.url}
          </p>
        </div>
      ) : null}
    </div>
  );
}
