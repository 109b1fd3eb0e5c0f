import type { StageName } from "../../smtp/probe-schema";
import type { CauseGroup, CauseId } from "../causes";
import type { DiagnosisContext } from "../diagnosis-context";
import type { Evidence } from "../evidence";
import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";

/** How strongly one piece of evidence points at a cause, and which piece it was. */
export type RuleMatch = {
  confidence: number;
  signal: string;
  /** Set when only the bare reply code points here: weak enough to stay out of the alternatives under explicit words. */
  codeOnly?: true;
  /** Set when an enhanced status code alone points here (its registry or provider meaning). */
  fromStatusCode?: true;
};

/**
 * One cause's rule, Lighthouse-audit style: metadata plus pure functions. `match` judges the
 * evidence; `explain` turns it into words for a helpdesk agent and a concrete fix. Neither throws.
 */
export type Rule = {
  /** The cause id (one rule per cause). */
  id: CauseId;
  title: string;
  /** The catalogue's entry for the cause (mirrors the shared causes.md). */
  cause: { group: CauseGroup; title: string; meaning: string; evidence: string };
  /** Whether different settings (server, port, encryption, login, sending path) can fix it. */
  settingsCanFix: boolean;
  /**
   * How servers report it: only as a temporary (4xx) refusal, normally as a permanent (5xx) one
   * (a 4xx can still carry it: Postfix's soft_bounce, "450 4.1.1 … User unknown"), or either.
   */
  persistence: "temporary" | "permanent" | "either";
  /** How servers and clients word it: data, each with its real example and source (built on first use). */
  wording: () => readonly ReplyPattern[];
  /** The stages where this cause shows up (documentation, and checked against the probe's names). */
  stages: readonly StageName[];
  /** Where the cause is documented. */
  catalogue: string;
  match(evidence: Evidence): RuleMatch | null;
  /**
   * `title` only where this evidence makes the catalogue's title claim too much (a relay's own
   * timeout under "The connection timed out (port blocked)").
   */
  explain(
    evidence: Evidence,
    context: DiagnosisContext,
  ): { explanation: string; fix: string; title?: string };
};
