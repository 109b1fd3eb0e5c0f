"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlErrorProps, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";
import { readApiError } from "@/lib/api/read-api-error";

export type StaffFormField = {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete: string;
  hint?: string;
};

/**
 * A sign-in style form: posts its fields as JSON to `action` (same origin, so the session cookie
 * is set by the answer), shows each field's error beside it and any other error above the button,
 * then goes to `next`.
 */
export function StaffForm({
  action,
  fields,
  submitLabel,
  next,
  extra = {},
}: {
  action: string;
  /** Values sent with the fields that the user does not type (an invitation's token). */
  extra?: Record<string, string>;
  fields: StaffFormField[];
  submitLabel: string;
  next: string;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    setErrors({});
    const body = { ...Object.fromEntries(new FormData(event.currentTarget).entries()), ...extra };
    try {
      const response = await fetch(action, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      if (response.ok) {
        window.location.assign(next);
        return;
      }
      const error = await readApiError(await response.json().catch(() => null));
      const byField: Record<string, string> = {};
      for (const issue of error?.issues ?? []) {
        const field = issue.path.split(".")[0] ?? "";
        if (field && !byField[field]) byField[field] = issue.message;
      }
      setErrors(byField);
      setMessage(
        Object.keys(byField).length > 0
          ? "Check the fields marked below."
          : (error?.message ?? `The server answered ${response.status}. Try again in a moment.`),
      );
    } catch {
      setMessage("SMTP Doctor could not be reached. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="flex max-w-md flex-col gap-4">
      {fields.map((field) => (
        <Field
          key={field.name}
          id={`staff-${field.name}`}
          label={field.label}
          hint={field.hint}
          error={errors[field.name]}
        >
          <TextInput
            id={`staff-${field.name}`}
            name={field.name}
            type={field.type ?? "text"}
            autoComplete={field.autoComplete}
            required
            {...controlErrorProps(`staff-${field.name}`, errors[field.name])}
          />
        </Field>
      ))}
      {message ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {message}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={busy}>
          {busy ? "Please wait…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
