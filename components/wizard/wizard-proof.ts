import type { ProviderId } from "@/lib/providers/provider-schema";
import type { SendAsProvider } from "@/lib/providers/send-as-gap";
import type { ProviderOption } from "./step-platform";
import type { RunRecord } from "./wizard-state";

/** The wizard's provider option in the terms the Send As question needs (null when none is chosen). */
export function sendAsProviderOf(
  providers: readonly ProviderOption[],
  id: string | null | undefined,
): SendAsProvider | null {
  const option = id ? providers.find((provider) => provider.id === id) : undefined;
  return option ? { ...option, id: option.id as ProviderId } : null;
}

/** Causes whose fix the user may want to test over a certificate that does not verify. */
const CERTIFICATE_CAUSES: ReadonlySet<string> = new Set(["tls-cert-untrusted", "tls-cert-name-mismatch"]);

/**
 * Whether the failing run stopped on the certificate: only then does the validation step offer to
 * allow an untrusted certificate for its run (elsewhere it would be a way round a real warning).
 */
export function failedOnCertificate(run: RunRecord | null): boolean {
  if (!run) return false;
  if (CERTIFICATE_CAUSES.has(run.diagnosis?.rootCause.id ?? "")) return true;
  return run.result.stages.some((stage) => stage.status === "failed" && stage.error?.code === "ECERT");
}
