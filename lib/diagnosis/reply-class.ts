import type { Evidence } from "./evidence";

/** "4" for a temporary refusal, "5" for a permanent one, from the basic code or else the enhanced code. */
export function replyClass(e: Pick<Evidence, "code" | "enhanced">): "4" | "5" | null {
  const first = e.code !== null ? String(e.code)[0] : e.enhanced?.[0];
  return first === "4" || first === "5" ? first : null;
}
