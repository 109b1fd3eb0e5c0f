import type { CauseId } from "../causes";
import type { DiagnosisContext } from "../diagnosis-context";
import type { Finding, FindingId } from "../diagnosis-schema";
import type { Evidence } from "../evidence";

/** A warning that is not the root cause: one small pure check per file, like the rules. */
export type FindingCheck = {
  id: FindingId;
  check(evidence: Evidence, context: DiagnosisContext, rootCause: CauseId): Omit<Finding, "id"> | null;
};
