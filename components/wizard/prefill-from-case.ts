import type { Case, Run, RunSettings } from "@/lib/reports/case-schemas";
import { draftFromRecommended } from "./draft-from-recommended";
import { failingFromLabel } from "./failing-functions";
import { initialWizardState, type SettingsDraft, type WizardState } from "./wizard-state";

/** Where a prefilled wizard's settings came from, said to the person who opens it. */
export type PrefillBasis =
  | { kind: "recommended"; runSeq: number }
  | { kind: "last-run"; runSeq: number }
  | { kind: "none" };

export type CasePrefill = {
  state: WizardState;
  /** The failing run the prefilled (recommended) settings are meant to fix. */
  validatesRunId: string | null;
  basis: PrefillBasis;
};

function draftFromRun(settings: RunSettings): SettingsDraft {
  return {
    ...initialWizardState.settings,
    host: settings.host,
    port: String(settings.port),
    security: settings.security,
    auth: settings.auth,
    username: settings.username ?? "",
    from: settings.from,
    to: settings.to[0] ?? "",
  };
}

/**
 * The wizard state a case link opens with: the case's device and platform, and the settings to
 * try — the recommended ones when the latest test failed with a recommendation, else the latest
 * test's own. Never a secret: runs store none. Runs on the server; only the result is sent on.
 */
export function prefillFromCase(theCase: Case, runs: readonly Run[]): CasePrefill {
  const context = theCase.context;
  const base: WizardState = {
    ...initialWizardState,
    step: "settings",
    device: { model: context.device, failing: failingFromLabel(context.failingFunction) },
    platform: {
      providerId: context.provider,
      needs: context.needs,
      staticIp: context.staticIp,
    },
  };
  const latest = [...runs].sort((a, b) => a.seq - b.seq).at(-1);
  if (!latest) return { state: base, validatesRunId: null, basis: { kind: "none" } };
  const settings = draftFromRun(latest.settings);
  const recommended = latest.result.outcome === "failed" ? latest.diagnosis?.recommended : undefined;
  if (recommended && recommended.alternatives.length > 0) {
    return {
      // The case's settings are what to test: going back to step 2 does not replace them.
      state: {
        ...base,
        settings: draftFromRecommended(recommended, settings),
        settingsFrom: { kind: "user" },
      },
      validatesRunId: latest.id,
      basis: { kind: "recommended", runSeq: latest.seq },
    };
  }
  return {
    state: { ...base, settings, settingsFrom: { kind: "user" } },
    // The same settings after a failure (a password fixed, a setting changed on the server's side):
    // a passing test of them validates that failing test.
    validatesRunId: latest.result.outcome === "failed" ? latest.id : latest.validatesRunId,
    basis: { kind: "last-run", runSeq: latest.seq },
  };
}
