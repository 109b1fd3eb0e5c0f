import type { StageName } from "../smtp/probe-schema";
import { STAGE_LABELS } from "../smtp/stage-labels";

// The step in a helpdesk's words, then the protocol's own name for it as the live test's stage
// table shows it (one set of words for stages: STAGE_LABELS).
const STEPS = [
  ["resolve", "Finding the server"],
  ["connect", "Connecting to the server"],
  ["greeting", "Waiting for the server's greeting"],
  ["ehlo", "Introducing itself"],
  ["tls", "Starting encryption"],
  ["auth", "Signing in"],
  ["mail", "Giving the sender"],
  ["rcpt", "Giving the recipient"],
  ["data", "Sending the message"],
] as const satisfies readonly (readonly [StageName, string])[];

/**
 * The stages a person pasting an error may say it came from, in the words a helpdesk uses. Given,
 * the stage is used as the live test's would be (a bare "503 5.5.1 Command not supported" in
 * answer to AUTH is a server that offers no login; in answer to anything else, a protocol error);
 * not given, it is read from the text (infer-stage.ts). Cross-validated on the corpus, the stage
 * given is worth about 1.1 points of top-1 (2026-12-03: 12,272 against 12,100 of 15,136).
 */
export const PASTE_STAGES = STEPS.map(([stage, step]) => ({
  stage,
  label: `${step} (${STAGE_LABELS[stage]})`,
}));

export type PasteStage = (typeof STEPS)[number][0];

/** A stage in the paste page's words, or null for one a person would not choose (guard, quit). */
export function pasteStageLabel(stage: StageName | null): string | null {
  return PASTE_STAGES.find((s) => s.stage === stage)?.label ?? null;
}
