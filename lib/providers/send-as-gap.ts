import type { ProviderId } from "./provider-schema";

/**
 * The Send As question, without the provider table (the wizard's first chunk uses it): the caller
 * says whether its provider checks Send As late (`send-as.ts` reads that from the provider data).
 */
export type SendAsProvider = { id: ProviderId; name: string; checksSendAs: boolean };

/** A login that is not the From address, at a provider that only judges that after the message. */
export type SendAsGap = { provider: ProviderId; providerName: string; username: string; from: string };

export type SendAsTarget = { auth: "none" | "password" | "oauth2"; username: string | null; from: string };

/**
 * The Send As question a run leaves open, or null. Addresses are compared without regard to case
 * (as the providers do); a username that is not an address cannot be the From, so it differs too.
 */
export function sendAsGap(target: SendAsTarget, provider: SendAsProvider | null): SendAsGap | null {
  if (target.auth === "none" || !target.username || !provider?.checksSendAs) return null;
  const username = target.username.trim();
  const from = target.from.trim();
  if (username === "" || from === "" || username.toLowerCase() === from.toLowerCase()) return null;
  return { provider: provider.id, providerName: provider.name, username, from };
}

/** Said before a run: the login and the From differ, and only a real test message can show whether that works. */
export function sendAsWarning(gap: SendAsGap): string {
  return `The login (${gap.username}) and the sender (${gap.from}) differ. ${gap.providerName} checks whether the login may send as the sender only at the end of DATA, after the message: a test that stops after RCPT TO cannot show it. Send a real test message to find out.`;
}
