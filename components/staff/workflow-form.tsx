"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectInput } from "@/components/ui/select-input";
import { TextInput } from "@/components/ui/text-input";
import { callApi } from "@/lib/api/client";

type Props = {
  caseId: string;
  status: "follow" | "open" | "waiting" | "resolved";
  /** What the tests say, for the "follow the tests" choice. */
  testsSay: string;
  assigneeId: string | null;
  ticketRef: string;
  team: { id: string; name: string }[];
};

/** The helpdesk's handling of the case: status, who has it, their own ticket number. */
export function WorkflowForm({ caseId, status, testsSay, assigneeId, ticketRef, team }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    const form = new FormData(event.currentTarget);
    const answer = await callApi<{ changes: string[] }>(`/api/staff/cases/${caseId}/workflow`, {
      body: {
        status: form.get("status"),
        assigneeId: form.get("assigneeId") || null,
        ticketRef: form.get("ticketRef"),
      },
    });
    setBusy(false);
    if (!answer.ok) return setMessage({ ok: false, text: answer.issues?.[0]?.message ?? answer.message });
    const { changes } = answer.value;
    setMessage({ ok: true, text: changes.length ? `Saved: ${changes.join("; ")}.` : "Nothing changed." });
    window.location.reload();
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-label="Handling of this case">
      <Field id="workflow-status" label="Status">
        <SelectInput id="workflow-status" name="status" defaultValue={status}>
          <option value="follow">Follow the tests ({testsSay})</option>
          <option value="open">Open</option>
          <option value="waiting">Waiting on the customer</option>
          <option value="resolved">Resolved</option>
        </SelectInput>
      </Field>
      <Field id="workflow-assignee" label="Assignee">
        <SelectInput id="workflow-assignee" name="assigneeId" defaultValue={assigneeId ?? ""}>
          <option value="">Unassigned</option>
          {team.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectInput>
      </Field>
      <Field id="workflow-ticket" label="Ticket number" hint="in your helpdesk tool">
        <TextInput
          id="workflow-ticket"
          name="ticketRef"
          defaultValue={ticketRef}
          maxLength={100}
          autoComplete="off"
        />
      </Field>
      <Button type="submit" disabled={busy}>
        {busy ? "Saving…" : "Save"}
      </Button>
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={`w-full text-sm ${message.ok ? "" : "text-red-700 dark:text-red-400"}`}
        >
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
