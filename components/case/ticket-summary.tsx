"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { CopyButton } from "@/components/diagnosis/copy-button";
import { Button } from "@/components/ui/button";
import { callApi, failureText } from "@/lib/api/client";

/**
 * "Copy to ticket": the case as plain text (reference, device, symptom, the server's verbatim
 * reply, root cause, fix, validation, a new report link) that pastes cleanly into Zendesk,
 * Freshdesk, Jira Service Management or ServiceNow. Shown as well as copied, so it can be checked
 * (or copied by hand where the clipboard is not allowed).
 */
/** `apiBase`: `/api/cases/<owner token>`, or `/api/staff/cases/<id>`. */
export function TicketSummary({ apiBase }: { apiBase: string }) {
  const router = useRouter();
  const [text, setText] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = useId();

  async function prepare() {
    setBusy(true);
    setError(null);
    setCopied(false);
    const answer = await callApi<{ text: string }>(`${apiBase}/ticket`, {
      method: "POST",
      parse: (json) => {
        if (typeof (json as { text?: unknown } | null)?.text !== "string") throw new Error("no text");
        return json;
      },
    });
    setBusy(false);
    if (!answer.ok) return setError(failureText(answer));
    setText(answer.value.text);
    try {
      await navigator.clipboard.writeText(answer.value.text);
      setCopied(true);
    } catch {
      // No clipboard permission: the text is shown below to copy by hand.
    }
    router.refresh(); // the new report link appears in the list
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" onClick={prepare} disabled={busy}>
          Copy a summary for the ticket
        </Button>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Plain text with the server's reply, the cause, the fix and a new report link.
        </p>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {text !== null && (
        <div className="flex flex-col gap-1">
          <div className="flex items-center gap-2">
            <label htmlFor={fieldId} className="text-sm font-medium">
              Ticket summary
            </label>
            <CopyButton value={text} label="Copy" />
            <span role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
              {copied ? "Copied to the clipboard." : ""}
            </span>
          </div>
          <textarea
            id={fieldId}
            data-testid="ticket-summary"
            readOnly
            value={text}
            rows={14}
            className="w-full rounded-md border border-zinc-300 bg-white p-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-950"
          />
        </div>
      )}
    </div>
  );
}
