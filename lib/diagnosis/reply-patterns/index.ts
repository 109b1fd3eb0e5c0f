import { diagnosisRules } from "../rules";
import type { ReplyPattern } from "./reply-pattern-schema";

/**
 * Every wording pattern, gathered from the rules that own them (rules/<id>.wording.ts), in
 * registry order: the strongest match per cause wins. Built on first use, as the tables are.
 */
let all: readonly ReplyPattern[] | null = null;

export function replyPatterns(): readonly ReplyPattern[] {
  all ??= diagnosisRules.flatMap((rule) => rule.wording());
  return all;
}
