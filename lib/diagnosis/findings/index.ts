import { authOnlyAfterStarttls } from "./auth-only-after-starttls";
import { basicAuthRetirement } from "./basic-auth-retirement";
import { certificateExpiring, certificateNameMismatch, certificateUntrusted } from "./certificate-findings";
import { connectionTestNotAcceptance } from "./connection-test-not-acceptance";
import type { FindingCheck } from "./finding-types";
import { mxEndpointNoAuth } from "./mx-endpoint-no-auth";
import {
  directSendInternalOnly,
  legacyTlsOnly,
  port465NotSupported,
  ptrMissing,
  starttlsUnused,
} from "./network-findings";
import { plaintextAuthRefused } from "./plaintext-auth-refused";

/** Every finding check, in the order findings are shown (most actionable first). */
export const findingChecks: readonly FindingCheck[] = [
  mxEndpointNoAuth,
  connectionTestNotAcceptance,
  plaintextAuthRefused,
  basicAuthRetirement,
  port465NotSupported,
  directSendInternalOnly,
  authOnlyAfterStarttls,
  starttlsUnused,
  certificateExpiring,
  certificateUntrusted,
  certificateNameMismatch,
  legacyTlsOnly,
  ptrMissing,
];
