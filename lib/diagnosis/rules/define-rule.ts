import { type CauseId, catalogueLink, causeById } from "../causes";
import type { Rule } from "./rule-types";

/** A rule with its title and catalogue link taken from the cause catalogue (one source of truth). */
export function defineRule(id: CauseId, spec: Omit<Rule, "id" | "title" | "catalogue">): Rule {
  return { id, title: causeById(id).title, catalogue: catalogueLink(id), ...spec };
}
