import { googleStatusCodes } from "./google";
import { microsoftStatusCodes } from "./microsoft";
import { ianaStatusCodes } from "./registry";
import type { StatusCodeEntry } from "./status-code-schema";

/** Every enhanced status code we know: the IANA registry, then each provider's documented codes. */
export const statusCodes: readonly StatusCodeEntry[] = [
  ...ianaStatusCodes,
  ...microsoftStatusCodes,
  ...googleStatusCodes,
];
