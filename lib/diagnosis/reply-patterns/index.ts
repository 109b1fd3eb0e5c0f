import { authPatterns } from "./auth-patterns";
import { clientErrorPatterns } from "./client-error-patterns";
import { connectionPatterns } from "./connection-patterns";
import { encryptionPatterns } from "./encryption-patterns";
import { envelopePatterns } from "./envelope-patterns";
import { messagePatterns } from "./message-patterns";
import type { ReplyPattern } from "./reply-pattern-schema";
import { reputationPatterns } from "./reputation-patterns";
import { wordingFamilies } from "./wording-families";

/** Every wording pattern, in no particular order: the strongest match per cause wins. */
export const replyPatterns: readonly ReplyPattern[] = [
  ...clientErrorPatterns.map((p) => ({ ...p, origin: "client" as const })),
  ...connectionPatterns,
  ...encryptionPatterns,
  ...authPatterns,
  ...reputationPatterns,
  ...envelopePatterns,
  ...messagePatterns,
  ...wordingFamilies,
];
