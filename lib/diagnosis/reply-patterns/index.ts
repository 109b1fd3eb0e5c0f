import { diagnosisRules } from "../rules";
import type { ReplyPattern } from "./reply-pattern-schema";

/**
 * Every wording pattern, gathered from the rules that own them (rules/<id>.wording.ts), in
 * registry order: the strongest match per cause wins.
 */
export const replyPatterns: readonly ReplyPattern[] = diagnosisRules.flatMap((rule) => rule.wording);
