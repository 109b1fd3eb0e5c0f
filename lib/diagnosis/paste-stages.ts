import type { StageName } from "../smtp/probe-schema";

/**
 * The stages a person pasting an error may say it came from, in the words a helpdesk uses. Given,
 * the stage is used as the live test's would be (a bare "503 5.5.1 Command not supported" in
 * answer to AUTH is a server that offers no login; in answer to anything else, a protocol error);
 * not given, it is read from the text (infer-stage.ts). Cross-validated on the corpus, the stage
 * given is worth about 1.1 points of top-1 (2026-12-03: 11,643 against 11,480 of 14,356).
 */
export const PASTE_STAGES = [
  { stage: "resolve", label: "Finding the server (DNS lookup)" },
  { stage: "connect", label: "Connecting to the server" },
  { stage: "greeting", label: "Waiting for the server's greeting" },
  { stage: "ehlo", label: "Introducing itself (EHLO/HELO)" },
  { stage: "tls", label: "Starting encryption (STARTTLS/TLS)" },
  { stage: "auth", label: "Signing in (AUTH)" },
  { stage: "mail", label: "Giving the sender (MAIL FROM)" },
  { stage: "rcpt", label: "Giving the recipient (RCPT TO)" },
  { stage: "data", label: "Sending the message (DATA)" },
] as const satisfies readonly { stage: StageName; label: string }[];

export type PasteStage = (typeof PASTE_STAGES)[number]["stage"];

/** A stage in the paste page's words, or null for one a person would not choose (guard, quit). */
export function pasteStageLabel(stage: StageName | null): string | null {
  return PASTE_STAGES.find((s) => s.stage === stage)?.label ?? null;
}
