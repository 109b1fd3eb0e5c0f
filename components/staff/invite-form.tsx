"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlErrorProps, Field } from "@/components/ui/field";
import { SelectInput } from "@/components/ui/select-input";
import { TextInput } from "@/components/ui/text-input";
import { readApiError } from "@/lib/api/read-api-error";

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
    try {
      const response = await fetch("/api/staff/invites", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), role: form.get("role") }),
      });
      const json = await response.json().catch(() => null);
      if (response.ok) {
        const answer = json as { url: string; email: string; expiresAt: string };
        setCreated({ ...answer, url: new URL(answer.url, window.location.origin).toString() });
        return;
      }
      const apiError = await readApiError(json);
      const issue = apiError?.issues?.find((item) => item.path === "email");
      if (issue) setEmailError(issue.message);
      else setError(apiError?.message ?? `The server answered ${response.status}. Try again in a moment.`);
    } catch {
      setError("SMTP Doctor could not be reached. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
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
