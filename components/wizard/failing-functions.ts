import type { FailingFunction } from "./wizard-state";

/** What fails on the device, as the wizard offers it and as a case records it. */
export const FAILING: { value: FailingFunction; label: string }[] = [
  { value: "scan-to-email", label: "Scan to e-mail" },
  { value: "alerts", label: "Alerts or notifications from the device" },
  { value: "app", label: "An application sending mail" },
  { value: "other", label: "Something else" },
];

export function failingLabel(value: FailingFunction): string {
  return FAILING.find((option) => option.value === value)?.label ?? "Something else";
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * A case's free-text failing function back to the wizard's choice ("other" when it is none of
 * them). Spelling-tolerant: "scan to email" and "Scan to e-mail" are the same thing.
 */
export function failingFromLabel(label: string): FailingFunction {
  const wanted = squash(label);
  return (
    FAILING.find((option) => squash(option.label) === wanted || option.value.replace(/-/g, "") === wanted)
      ?.value ?? "other"
  );
}
