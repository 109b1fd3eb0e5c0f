"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { type EndpointHint, hintForHost } from "@/lib/providers/endpoint-hint";
import type { ProbeInput } from "@/lib/smtp/probe-schema";
import type { ReachableTargets } from "@/lib/smtp/reachability";
import { appendRunRequest } from "./case-api";
import { diagnosisContextOf } from "./diagnosis-context";
import type { Secrets } from "./settings-input";
import { type DeviceFamilyOption, StepDevice } from "./step-device";
import { type ProviderOption, StepPlatform } from "./step-platform";
import { StepSettings } from "./step-settings";
import { useProbeStream } from "./use-probe-stream";
import { WizardProgress } from "./wizard-progress";
import { sendAsProviderOf } from "./wizard-proof";
import {
  initialWizardState,
  loadWizardState,
  type RunRecord,
  STEPS,
  type StepId,
  saveWizardState,
  stepIndex,
  type WizardState,
  wizardReducer,
  wizardStorageKey,
} from "./wizard-state";

// The steps after the settings load when first shown (a live test takes seconds anyway): the
// first page load carries the forms only. Steps 2–3 stay in it so typing never waits on a chunk.
const loading = () => <p className="text-zinc-600 dark:text-zinc-400">Loading…</p>;
const StepLiveTest = dynamic(() => import("./step-live-test").then((m) => m.StepLiveTest), { loading });
const StepDiagnosis = dynamic(() => import("./step-diagnosis").then((m) => m.StepDiagnosis), { loading });
const StepFix = dynamic(() => import("./step-fix").then((m) => m.StepFix), { loading });
const SaveCasePanel = dynamic(() => import("./save-case-panel").then((m) => m.SaveCasePanel));

type Props = {
  families: DeviceFamilyOption[];
  providers: ProviderOption[];
  /** Known endpoints' settings, for step 3's starting values (lib/providers/endpoint-hints.ts). */
  endpointHints: EndpointHint[];
  /** What this installation can test (lib/smtp/reachability.ts). */
  reachableTargets: ReachableTargets;
  /** A wizard opened from a case link: prefilled, and storing every run in that case. */
  attached?: { caseId: string; state: WizardState };
};

/** The guided flow. Holds the state; each step is its own component. Secrets never leave memory. */
export function Wizard({ families, providers, endpointHints, reachableTargets, attached }: Props) {
  const [state, dispatch] = useReducer(wizardReducer, attached?.state ?? initialWizardState);
  const latest = useRef(state);
  latest.current = state;
  const storageKey = wizardStorageKey(attached?.caseId ?? null);
  const fresh = attached?.state ?? initialWizardState;
  const [secrets, setSecrets] = useState<Secrets>({ password: "", token: "" });
  const [restored, setRestored] = useState(false);
  const lastInput = useRef<ProbeInput | null>(null);
  // The last validation's input (with its secret, in memory only), for "send a real test message".
  const lastValidation = useRef<ProbeInput | null>(null);
  const stream = useProbeStream();
  const validationStream = useProbeStream();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const saved = loadWizardState(storageKey);
    // A state saved under another link (e.g. a revoked one replaced by a new one) is not this one.
    const sameLink =
      !attached || JSON.stringify(saved?.caseLink?.ref) === JSON.stringify(attached.state.caseLink?.ref);
    // A live test cannot resume after a reload: land on the settings instead.
    const restoredState =
      saved && sameLink ? { ...saved, step: saved.step === "test" ? "settings" : saved.step } : null;
    if (restoredState) dispatch({ type: "restore", state: restoredState as WizardState });
    // The address names the step shown (a reload or a pasted address may name another).
    const shown = restoredState?.step ?? (attached?.state ?? initialWizardState).step;
    const url = new URL(window.location.href);
    if (url.searchParams.get("step") !== shown) {
      url.searchParams.set("step", shown);
      window.history.replaceState(null, "", url);
    }
    setRestored(true);
  }, [storageKey, attached]);
  useEffect(() => {
    if (restored) saveWizardState(state, storageKey);
  }, [state, restored, storageKey]);

  const showStep = useCallback((step: StepId) => {
    dispatch({ type: "go", step });
    // Move focus to the new step's heading so keyboard and screen-reader users follow along.
    requestAnimationFrame(() => heading.current?.focus());
  }, []);
  // Each step is a history entry (`?step=…`): the browser's Back goes to the previous step, not
  // off the wizard. Next.js takes native pushState into its router.
  const go = useCallback(
    (step: StepId) => {
      showStep(step);
      const url = new URL(window.location.href);
      if (url.searchParams.get("step") === step) return;
      url.searchParams.set("step", step);
      window.history.pushState(null, "", url);
    },
    [showStep],
  );
  const firstStep = fresh.step;
  useEffect(() => {
    const onPop = () => {
      const step = new URL(window.location.href).searchParams.get("step") ?? firstStep;
      if (STEPS.some((s) => s.id === step)) showStep(step as StepId);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [showStep, firstStep]);
  const onPlatform = useCallback(
    (patch: Partial<WizardState["platform"]>) => dispatch({ type: "platform", patch }),
    [],
  );

  /** Stores a finished run in the case this wizard is linked to, if any. */
  const storeInCase = async (record: RunRecord, kind: "initial" | "validation") => {
    const link = latest.current.caseLink;
    if (!link) return;
    const validatesRunId =
      kind === "validation" ? latest.current.runs.initial?.result.runId : (link.validatesRunId ?? undefined);
    const outcome = await appendRunRequest(link.ref, {
      runId: record.result.runId,
      kind: validatesRunId ? "validation" : "initial",
      validatesRunId,
    });
    dispatch(
      outcome.ok
        ? { type: "run-stored", runId: record.result.runId }
        : { type: "store-failed", message: outcome.message },
    );
  };

  const run = async (input: ProbeInput) => {
    lastInput.current = input;
    // A new first run starts over: the last validation belongs to the old one.
    validationStream.reset();
    go("test");
    const record = await stream.start(input, diagnosisContextOf(state));
    if (!record) return;
    dispatch({ type: "run-finished", kind: "initial", run: record });
    // The answer is what the test was for: straight to the diagnosis (the stages are in it too),
    // unless the user left the live view meanwhile.
    if (latest.current.step === "test") go("diagnosis");
    await storeInCase(record, "initial");
  };
  const validate = async (input: ProbeInput) => {
    lastValidation.current = input;
    const record = await validationStream.start(input, diagnosisContextOf(state));
    if (!record) return;
    dispatch({ type: "run-finished", kind: "validation", run: record });
    await storeInCase(record, "validation");
  };

  /** The same validation again, through DATA: the only test that shows Send As. */
  const sendTest = () => {
    const input = lastValidation.current;
    if (input) validate({ ...input, send: true, to: input.to.slice(0, 1) });
  };

  const at = stepIndex(state.step);
  const reachable = Math.max(at, state.runs.initial ? stepIndex("fix") : stepIndex("settings"));
  const title = STEPS[at]?.title ?? "";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <WizardProgress current={state.step} reachable={reachable} onGo={go} />
        {state.runs.initial || state.step !== fresh.step ? (
          <button
            type="button"
            className="text-sm text-blue-700 underline-offset-2 hover:underline dark:text-blue-400"
            onClick={() => {
              setSecrets({ password: "", token: "" });
              stream.reset();
              validationStream.reset();
              dispatch({ type: "start-over", fresh });
              go(fresh.step);
            }}
          >
            {state.caseLink && state.caseLink.kind !== "customer" && !attached
              ? "Start a new diagnosis"
              : "Start over"}
          </button>
        ) : null}
      </div>
      <h2 ref={heading} tabIndex={-1} className="text-2xl font-semibold tracking-tight outline-none">
        Step {at + 1} of {STEPS.length}: {title}
      </h2>
      {state.step === "device" ? (
        <StepDevice
          device={state.device}
          families={families}
          onChange={(patch) => dispatch({ type: "device", patch })}
          onNext={() => go("platform")}
        />
      ) : state.step === "platform" ? (
        <StepPlatform
          platform={state.platform}
          settings={state.settings}
          providers={providers}
          onPlatform={onPlatform}
          onSettings={(patch) => dispatch({ type: "settings", patch })}
          onBack={() => go("device")}
          onNext={() => {
            // Step 3 starts from what the server typed here is: a tenant's MX takes port 25 and no sign-in.
            const hint = hintForHost(endpointHints, state.settings.host);
            if (hint) dispatch({ type: "endpoint-defaults", hint });
            go("settings");
          }}
        />
      ) : state.step === "settings" ? (
        <StepSettings
          reachable={reachableTargets}
          draft={state.settings}
          settingsFrom={state.settingsFrom}
          secrets={secrets}
          provider={sendAsProviderOf(providers, state.platform.providerId)}
          onDraft={(patch) => dispatch({ type: "settings", patch })}
          onSecrets={(patch) => setSecrets((s) => ({ ...s, ...patch }))}
          onBack={() => go("platform")}
          onRun={run}
        />
      ) : state.step === "test" ? (
        <StepLiveTest
          stream={stream.state}
          onCancel={stream.cancel}
          onBack={() => go("settings")}
          onNext={() => go("diagnosis")}
          onRetry={() => lastInput.current && run(lastInput.current)}
        />
      ) : state.step === "diagnosis" ? (
        <StepDiagnosis
          run={state.runs.initial}
          caseRef={state.caseLink?.ref}
          fromCustomerLink={state.caseLink?.kind === "customer"}
          onDiagnosis={(diagnosis) => dispatch({ type: "initial-diagnosis", diagnosis })}
          onBack={() => go("test")}
          onNext={() => go("fix")}
        />
      ) : (
        <StepFix
          initial={state.runs.initial}
          validation={state.runs.validation}
          settings={state.settings}
          stream={validationStream.state}
          provider={sendAsProviderOf(
            providers,
            state.runs.initial?.diagnosis?.recommended?.provider ?? state.platform.providerId,
          )}
          onValidate={validate}
          onSendTest={sendTest}
          onBack={() => go("diagnosis")}
        />
      )}
      {state.step === "diagnosis" || state.step === "fix" ? (
        <SaveCasePanel state={state} onSaved={(link) => dispatch({ type: "case-linked", link })} />
      ) : null}
    </div>
  );
}
