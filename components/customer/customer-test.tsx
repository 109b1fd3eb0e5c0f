"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlErrorProps, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";
import { appendRunRequest } from "@/components/wizard/case-api";
import { diagnosisContextOf } from "@/components/wizard/diagnosis-context";
import { buildProbeInput } from "@/components/wizard/settings-input";
import { useProbeStream } from "@/components/wizard/use-probe-stream";
import type { RunRecord, WizardState } from "@/components/wizard/wizard-state";

type Props = {
  token: string;
  /** The helpdesk's case, prefilled on the server with the settings to try. */
  state: WizardState;
  /** The helpdesk's failing test these settings are meant to fix, if any. */
  validatesRunId: string | null;
};

type Outcome = { worked: boolean; record: RunRecord; stored: boolean };

/** What is wrong before a test can run: a field's own problem, or the settings as a whole. */
type Problems = { password?: string; recipient?: string; form?: string };

/**
 * The customer's one button: tests the settings the helpdesk asked for, adds the test to their
 * case, and says the result in plain words. The password is used for this test only.
 */
export function CustomerTest({ token, state, validatesRunId }: Props) {
  const { settings } = state;
  const needsPassword = settings.auth === "password";
  const [password, setPassword] = useState("");
  const [recipient, setRecipient] = useState(settings.to);
  const [problems, setProblems] = useState<Problems>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const stream = useProbeStream();
  const running = stream.state.phase === "running";

  const test = async (event: FormEvent) => {
    event.preventDefault();
    setProblems({});
    setOutcome(null);
    if (needsPassword && password === "") {
      setProblems({ password: "Type the mailbox password first." });
      document.getElementById("customer-password")?.focus();
      return;
    }
    const built = await buildProbeInput({ ...settings, to: recipient }, { password, token: "" });
    if (!built.ok) {
      const { to, ...others } = built.errors;
      setProblems(
        to ? { recipient: to } : { form: Object.values(others)[0] ?? "These settings cannot be tested." },
      );
      return;
    }
    const record = await stream.start(built.input, diagnosisContextOf(state));
    // Used for this test only: not kept in the page once the test has run.
    setPassword("");
    if (!record) return;
    const stored = await appendRunRequest(
      { token },
      { runId: record.result.runId, ...(validatesRunId ? { validatesRunId } : {}) },
    );
    setOutcome({ worked: record.result.outcome !== "failed", record, stored: stored.ok });
  };

  const streamError = stream.state.phase === "error" ? stream.state.message : null;
  return (
    <div className="flex flex-col gap-6">
      <form
        onSubmit={test}
        noValidate
        className="flex flex-col gap-4"
        aria-labelledby="customer-test-heading"
      >
        <h2 id="customer-test-heading" className="text-xl font-semibold">
          2. Test them
        </h2>
        <p className="max-w-2xl text-zinc-700 dark:text-zinc-300">
          The test signs in to the mail server with these settings, as the device will, and stops just before
          a message would be sent.
        </p>
        <div className="grid max-w-2xl gap-4 sm:grid-cols-2">
          {needsPassword ? (
            <Field
              id="customer-password"
              label="Mailbox password"
              hint="(used for this test only, never stored)"
              error={problems.password}
            >
              <TextInput
                id="customer-password"
                type="password"
                autoComplete="off"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                {...controlErrorProps("customer-password", problems.password)}
              />
            </Field>
          ) : null}
          <Field
            id="customer-recipient"
            label="An address to test with"
            hint="(any address in your organisation)"
            error={problems.recipient}
          >
            <TextInput
              id="customer-recipient"
              type="email"
              autoComplete="off"
              value={recipient}
              onChange={(e) => setRecipient(e.target.value)}
              {...controlErrorProps("customer-recipient", problems.recipient)}
            />
          </Field>
        </div>
        {problems.form ? (
          <p role="alert" className="text-red-800 dark:text-red-300">
            {problems.form}
          </p>
        ) : null}
        <div>
          <Button type="submit" disabled={running}>
            {running ? "Testing… (a few seconds)" : "Test now"}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {streamError ? (
          <p
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
          >
            The test could not run: {streamError}
          </p>
        ) : null}
        {outcome ? <Result outcome={outcome} /> : null}
      </div>
    </div>
  );
}

function Result({ outcome }: { outcome: Outcome }) {
  const { record } = outcome;
  const { worked } = outcome;
  const failedStage = record.result.stages.find((stage) => stage.status === "failed");
  const reply = failedStage?.reply?.lines.join("\n");
  return (
    <section
      aria-labelledby="customer-result"
      data-customer-result={worked ? "worked" : "failed"}
      className={`flex max-w-2xl flex-col gap-3 rounded-md border p-4 ${
        worked
          ? "border-green-300 bg-green-50 dark:border-green-800 dark:bg-green-950"
          : "border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950"
      }`}
    >
      <h2 id="customer-result" className="text-xl font-semibold">
        {worked ? "It works" : "It did not work yet"}
      </h2>
      {worked ? (
        <p>
          The mail server accepted these settings. Type them into the device exactly as shown above, then send
          a scan to your own address: it should arrive within a minute or two.
        </p>
      ) : (
        <>
          <p>
            {record.diagnosis ? `${record.diagnosis.rootCause.title}.` : "The mail server refused the test."}
          </p>
          {reply ? (
            <details>
              <summary className="cursor-pointer text-sm font-medium">What the mail server said</summary>
              <pre className="mt-2 font-mono text-xs break-words whitespace-pre-wrap">{reply}</pre>
            </details>
          ) : null}
        </>
      )}
      <h3 className="font-semibold">What happens next</h3>
      <p>
        {outcome.stored
          ? worked
            ? "Your helpdesk sees this result in their case. If the scan does not arrive, tell them: nothing else to do now."
            : "Your helpdesk sees this result, with the server's exact words, in their case. They will tell you what to change; you do not need to try anything else."
          : "This result could not be added to your helpdesk's case (the link may have expired). Tell your helpdesk what you see here."}
      </p>
    </section>
  );
}
