"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ProbeResult } from "@/lib/smtp/probe-schema";
import { postProbe } from "./post-probe";
import { ProbeFields } from "./probe-fields";
import { fieldErrorsFromIssues, type ProbeFieldErrors, probeBodyFromForm } from "./probe-request";
import { ProbeResultView } from "./probe-result-view";

type FormState =
  | { status: "idle" | "running" }
  | { status: "done"; result: ProbeResult }
  | { status: "invalid"; fieldErrors: ProbeFieldErrors; messages: string[] }
  | { status: "error"; message: string };

/** The quick test: device settings in, stage table and transcript out. */
export function ProbeForm() {
  const [state, setState] = useState<FormState>({ status: "idle" });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = probeBodyFromForm(new FormData(event.currentTarget));
    setState({ status: "running" });
    const outcome = await postProbe(body);
    if (outcome.kind === "result") setState({ status: "done", result: outcome.result });
    else if (outcome.kind === "failed") setState({ status: "error", message: outcome.message });
    else if (outcome.error.code === "invalid-input") {
      const { byField, other } = fieldErrorsFromIssues(outcome.error.issues ?? []);
      setState({ status: "invalid", fieldErrors: byField, messages: [outcome.error.message, ...other] });
    } else setState({ status: "error", message: outcome.error.message });
  }

  const running = state.status === "running";
  return (
    <div className="flex flex-col gap-8">
      <form onSubmit={handleSubmit} noValidate aria-label="SMTP test" className="flex flex-col gap-4">
        <ProbeFields errors={state.status === "invalid" ? state.fieldErrors : {}} />
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="send" className="mt-0.5 size-4" />
          <span>
            Send one real test message
            <span className="block text-zinc-600 dark:text-zinc-400">
              Off: the test stops after RCPT TO and nothing is delivered.
            </span>
          </span>
        </label>
        {state.status === "invalid" || state.status === "error" ? (
          <div role="alert" className="text-sm text-red-700 dark:text-red-400">
            {(state.status === "invalid" ? state.messages : [state.message]).map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        ) : null}
        <div>
          <Button type="submit" disabled={running}>
            {running ? "Testing…" : "Run the test"}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {running ? <p className="text-sm text-zinc-600 dark:text-zinc-400">Talking to the server…</p> : null}
        {state.status === "done" ? <ProbeResultView result={state.result} /> : null}
      </div>
    </div>
  );
}
