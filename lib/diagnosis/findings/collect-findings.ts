import type { CauseId } from "../causes";
import type { DiagnosisContext } from "../diagnosis-context";
import type { Finding } from "../diagnosis-schema";
import type { Evidence } from "../evidence";
import { findingChecks } from "./index";

/** Every finding that applies. A check that throws is a bug in that check, not a reason to lose the diagnosis. */
export function collectFindings(evidence: Evidence, context: DiagnosisContext, root: CauseId): Finding[] {
  const findings: Finding[] = [];
  for (const finding of findingChecks) {
    try {
      const result = finding.check(evidence, context, root);
      if (result) findings.push({ id: finding.id, ...result });
    } catch {
      // Skipped: the contract test runs every check on every fixture, so this stays unreachable.
    }
  }
  return findings;
}
