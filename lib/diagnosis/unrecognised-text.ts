/**
 * The sentence an unrecognised answer's explanation starts with, after anything more specific the
 * analyzer could say (a device's own panel code, named before it).
 */
export const UNRECOGNISED_LEAD = "SMTP Doctor does not recognise this reply";

/** What an unrecognised answer says before its "does not recognise" sentence, if anything. */
export function noteBeforeUnrecognised(explanation: string): string | null {
  const at = explanation.indexOf(UNRECOGNISED_LEAD);
  const note = at > 0 ? explanation.slice(0, at).trim() : "";
  return note || null;
}
