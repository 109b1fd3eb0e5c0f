import type { DiagnosisContextInput } from "@/lib/diagnosis/diagnosis-context";
import type { ProviderId } from "@/lib/providers/provider-schema";
import type { WizardState } from "./wizard-state";

/** What the wizard learned about the device and the site, in the diagnosis engine's terms. */
export function diagnosisContextOf(state: WizardState): DiagnosisContextInput {
  const model = state.device.model.trim();
  const [make, ...rest] = model.split(/\s+/);
  return {
    device: model ? { make, model: rest.join(" ") || undefined } : undefined,
    provider: (state.platform.providerId as ProviderId | null) ?? undefined,
    recipients:
      state.platform.needs === "internal-only"
        ? "internal"
        : state.platform.needs === "external"
          ? "external"
          : "unknown",
    staticIp: state.platform.staticIp === "unknown" ? null : state.platform.staticIp === "yes",
  };
}
