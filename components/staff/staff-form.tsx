"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlErrorProps, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";
import { callApi } from "@/lib/api/client";

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
    const answer = await callApi(action, { body });
    if (answer.ok) {
      window.location.assign(next);
      return;
    }
    setBusy(false);
    const byField: Record<string, string> = {};
    for (const issue of answer.issues ?? []) {
      const field = issue.path.split(".")[0] ?? "";
      if (field && !byField[field]) byField[field] = issue.message;
    }
    setErrors(byField);
    setMessage(Object.keys(byField).length > 0 ? "Check the fields marked below." : answer.message);
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
