"use client";

import { type FormEvent, useEffect, useState } from "react";
import { CopyButton } from "@/components/diagnosis/copy-button";
import { Button } from "@/components/ui/button";
import { controlErrorProps, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";
import type { ProviderId } from "@/lib/providers/provider-schema";
import { saveCaseRequest } from "./case-api";
import { failingLabel } from "./failing-functions";
import type { CaseLink, WizardState } from "./wizard-state";

type Props = {
  state: WizardState;
  onSaved: (link: CaseLink) => void;
};

function defaultTitle(state: WizardState): string {
  const device = state.device.model.trim() || "Device";
  return `${device} — ${failingLabel(state.device.failing).toLowerCase()}`;
}

/**
 * Saves this wizard's runs as a case (the initial test, and the validation when there is one), or,
 * once saved, says where the case is and that new tests are added to it.
 */
export function SaveCasePanel({ state, onSaved }: Props) {
  const [title, setTitle] = useState(() => defaultTitle(state));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { caseLink, runs } = state;

  if (caseLink) return <CaseLinkStatus link={caseLink} />;
  const initial = runs.initial;
  if (!initial) return null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const validation = runs.validation;
    const outcome = await saveCaseRequest({
      title: title.trim(),
      context: {
        device: state.device.model.trim(),
        failingFunction: failingLabel(state.device.failing),
        provider: (state.platform.providerId as ProviderId | null) ?? null,
        needs: state.platform.needs,
        staticIp: state.platform.staticIp,
      },
      runIds: [
        { runId: initial.result.runId, kind: "initial" },
        ...(validation
          ? [
              {
                runId: validation.result.runId,
                kind: "validation" as const,
                validatesRunId: initial.result.runId,
              },
            ]
          : []),
      ],
    });
    setBusy(false);
    if (!outcome.ok) return setError(outcome.message);
    const saved = outcome.value;
    onSaved({
      ...(saved.ownerToken
        ? { kind: "owner", ref: { token: saved.ownerToken }, caseUrl: saved.ownerUrl ?? null }
        : { kind: "staff", ref: { caseId: saved.caseId }, caseUrl: saved.caseUrl }),
      reference: saved.reference,
      title: title.trim(),
      storedRunIds: [initial.result.runId, ...(validation ? [validation.result.runId] : [])],
      validatesRunId: null,
      error: null,
    });
  };

  return (
    <section
      aria-labelledby="save-case-heading"
      className="flex flex-col gap-3 rounded-md border border-zinc-200 p-4 dark:border-zinc-800"
    >
      <h3 id="save-case-heading" className="text-lg font-semibold">
        Save as a case
      </h3>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        A case keeps these tests (never the password) so you can send the customer a link to test from their
        site, and hand a report to the ISP or the copier vendor.
      </p>
      <form onSubmit={save} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="grow">
          <Field id="case-title" label="Case title" error={error ?? undefined}>
            <TextInput
              id="case-title"
              value={title}
              maxLength={200}
              onChange={(e) => setTitle(e.target.value)}
              {...controlErrorProps("case-title", error ?? undefined)}
            />
          </Field>
        </div>
        <Button type="submit" disabled={busy || title.trim() === ""}>
          {busy ? "Saving…" : "Save as a case"}
        </Button>
      </form>
    </section>
  );
}

function CaseLinkStatus({ link }: { link: CaseLink }) {
  // The full address is only known in the browser (the server may sit behind any host name).
  const [origin, setOrigin] = useState<string | null>(null);
  useEffect(() => setOrigin(window.location.origin), []);
  const ownerUrl =
    link.kind === "owner" && link.caseUrl && origin ? new URL(link.caseUrl, origin).toString() : null;
  const named = link.reference ? `${link.reference} “${link.title}”` : `“${link.title}”`;
  return (
    <section
      aria-labelledby="case-link-heading"
      data-testid="case-link-status"
      className="flex flex-col gap-2 rounded-md border border-green-300 bg-green-50 p-4 dark:border-green-800 dark:bg-green-950"
    >
      <h3 id="case-link-heading" className="text-lg font-semibold">
        {link.kind === "customer" ? `Your tests go to your helpdesk's case` : `Saved in the case ${named}`}
      </h3>
      <p className="text-sm">
        {link.storedRunIds.length === 1
          ? "1 test from this page is"
          : `${link.storedRunIds.length} tests from this page are`}{" "}
        stored in the case; new tests you run here are added to it.
      </p>
      {link.kind === "staff" && link.caseUrl ? (
        <p className="text-sm">
          The case is in your team&apos;s case list. On{" "}
          <a href={link.caseUrl} className="text-blue-700 underline dark:text-blue-400">
            its page
          </a>{" "}
          you send the customer a link, copy a summary to your ticket, and make a report link.
        </p>
      ) : null}
      {ownerUrl ? (
        <>
          <p className="text-sm">
            The case page below is the key to the case and the only way back to it: anyone with its address
            sees everything unmasked and can share the case. Keep it private; to share the report, create a
            report link there.
          </p>
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <a href={link.caseUrl ?? ""} className="break-all text-blue-700 underline dark:text-blue-400">
              {ownerUrl}
            </a>
            <CopyButton value={ownerUrl} label="case page address" />
          </p>
        </>
      ) : null}
      {link.error ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          The last test was not stored in the case: {link.error}
        </p>
      ) : null}
    </section>
  );
}
