import type { Diagnosis } from "@/lib/diagnosis/diagnosis-schema";
import type { EndpointHint } from "@/lib/providers/endpoint-hint";
import type { ProbeResult, Security } from "@/lib/smtp/probe-schema";
import type { CaseRef } from "./case-api";

export const STEPS = [
  { id: "device", title: "Device" },
  { id: "platform", title: "Mail platform" },
  { id: "settings", title: "Settings" },
  { id: "test", title: "Live test" },
  { id: "diagnosis", title: "Diagnosis" },
  { id: "fix", title: "Corrected settings" },
] as const;
export type StepId = (typeof STEPS)[number]["id"];

export type FailingFunction = "scan-to-email" | "alerts" | "app" | "other";
export type AuthChoice = "none" | "password" | "oauth2";
export type YesNoUnknown = "yes" | "no" | "unknown";

/** What the user typed, minus secrets: this is what survives a reload (sessionStorage). */
export type SettingsDraft = {
  host: string;
  port: string;
  security: Security;
  auth: AuthChoice;
  username: string;
  from: string;
  to: string;
  send: boolean;
  allowUntrustedCert: boolean;
};

/** A finished run and its diagnosis (null when the diagnosis could not be made). */
export type RunRecord = { result: ProbeResult; diagnosis: Diagnosis | null };

/**
 * The case this wizard stores its runs in: one saved from here (by a signed-in agent: a team case;
 * else with an owner link), or the one a staff page, customer or owner link opened. A link's token
 * is a capability, kept only in this tab's storage.
 */
export type CaseLink = {
  kind: "owner" | "customer" | "staff";
  ref: CaseRef;
  /** The case's page (the owner page, or the staff page behind sign-in), when this wizard may show it. */
  caseUrl: string | null;
  /** The case's short reference, e.g. SD-1042, when known. */
  reference: string | null;
  title: string;
  /** Probe run ids already stored in the case. */
  storedRunIds: string[];
  /** For a wizard opened from a case: the failing run its prefilled settings are meant to fix. */
  validatesRunId: string | null;
  /** The last storing error, shown until a store succeeds. */
  error: string | null;
};

export type WizardState = {
  step: StepId;
  device: { model: string; failing: FailingFunction };
  platform: {
    providerId: string | null;
    needs: "internal-only" | "external" | "unknown";
    staticIp: YesNoUnknown;
  };
  settings: SettingsDraft;
  /**
   * Where port, encryption and sign-in came from: the form's defaults, a known endpoint's (the
   * server typed in step 2, e.g. a tenant's MX: port 25 without sign-in), or the user. Once the
   * user changed one, step 2 never overwrites them.
   */
  settingsFrom: { kind: "default" } | { kind: "endpoint"; title: string } | { kind: "user" };
  /** The first run, and the validation run of the recommended settings. */
  runs: { initial: RunRecord | null; validation: RunRecord | null };
  caseLink: CaseLink | null;
};

export const initialWizardState: WizardState = {
  step: "device",
  device: { model: "", failing: "scan-to-email" },
  platform: { providerId: null, needs: "unknown", staticIp: "unknown" },
  settings: {
    host: "",
    port: "587",
    security: "starttls",
    auth: "password",
    username: "",
    from: "",
    to: "",
    send: false,
    allowUntrustedCert: false,
  },
  settingsFrom: { kind: "default" },
  runs: { initial: null, validation: null },
  caseLink: null,
};

export type WizardAction =
  | { type: "go"; step: StepId }
  | { type: "device"; patch: Partial<WizardState["device"]> }
  | { type: "platform"; patch: Partial<WizardState["platform"]> }
  | { type: "settings"; patch: Partial<SettingsDraft> }
  | { type: "endpoint-defaults"; hint: EndpointHint }
  | { type: "run-finished"; kind: "initial" | "validation"; run: RunRecord }
  | { type: "initial-diagnosis"; diagnosis: Diagnosis }
  | { type: "case-linked"; link: CaseLink }
  | { type: "run-stored"; runId: string }
  | { type: "store-failed"; message: string }
  | { type: "restore"; state: WizardState }
  | { type: "start-over"; fresh: WizardState };

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case "go":
      return { ...state, step: action.step };
    case "device":
      return { ...state, device: { ...state.device, ...action.patch } };
    case "platform":
      return { ...state, platform: { ...state.platform, ...action.patch } };
    case "settings": {
      const byUser = ["port", "security", "auth"].some((key) => key in action.patch);
      return {
        ...state,
        settings: { ...state.settings, ...action.patch },
        ...(byUser ? { settingsFrom: { kind: "user" as const } } : {}),
      };
    }
    case "endpoint-defaults":
      if (state.settingsFrom.kind === "user") return state;
      return {
        ...state,
        settings: {
          ...state.settings,
          port: String(action.hint.port),
          security: action.hint.security,
          auth: action.hint.auth,
        },
        settingsFrom: { kind: "endpoint", title: `${action.hint.providerName}: ${action.hint.title}` },
      };
    case "run-finished":
      // A new first run starts over: an old validation would compare against the wrong "before".
      return action.kind === "initial"
        ? { ...state, runs: { initial: action.run, validation: null } }
        : { ...state, runs: { ...state.runs, validation: action.run } };
    case "initial-diagnosis":
      return state.runs.initial
        ? {
            ...state,
            runs: { ...state.runs, initial: { ...state.runs.initial, diagnosis: action.diagnosis } },
          }
        : state;
    case "case-linked":
      return { ...state, caseLink: action.link };
    case "run-stored":
      return state.caseLink
        ? {
            ...state,
            caseLink: {
              ...state.caseLink,
              storedRunIds: [...new Set([...state.caseLink.storedRunIds, action.runId])],
              error: null,
            },
          }
        : state;
    case "store-failed":
      return state.caseLink ? { ...state, caseLink: { ...state.caseLink, error: action.message } } : state;
    case "restore":
      return action.state;
    case "start-over":
      // A case opened from a link stays the one new runs go to; a case saved here is left behind
      // (it is kept on the server) so a new device's runs never land in it.
      return action.fresh.caseLink ? action.fresh : { ...action.fresh, caseLink: null };
  }
}

/** The step index, for "step 3 of 6" and for which steps can be reached yet. */
export function stepIndex(step: StepId): number {
  return STEPS.findIndex((s) => s.id === step);
}

/** One saved state per tab and per case: a case link's wizard does not overwrite the plain one. */
export function wizardStorageKey(caseId: string | null): string {
  return caseId ? `smtp-doctor.wizard.v2.case.${caseId}` : "smtp-doctor.wizard.v2";
}

/** Saves the non-secret state (there is no password field in it to leak). */
export function saveWizardState(state: WizardState, key = wizardStorageKey(null)): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(state));
  } catch {
    // Private mode or full storage: the wizard still works, only reloads lose input.
  }
}

export function loadWizardState(key = wizardStorageKey(null)): WizardState | null {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<WizardState>;
    if (!parsed.step || !parsed.settings) return null;
    return {
      ...initialWizardState,
      ...parsed,
      settings: { ...initialWizardState.settings, ...parsed.settings },
    };
  } catch {
    return null;
  }
}
