import { providerById } from "./known";
import type { Provider, ProviderId } from "./provider-schema";
import type { SendAsProvider } from "./send-as-gap";

/** The policy that says a provider judges "may this login send as this From" only after the message. */
export const SEND_AS_POLICY_ID = "send-as-checked-at-data";

/** Read from the provider's data: its dated, sourced policy, not a list of names here. */
export function checksSendAs(provider: Provider): boolean {
  return provider.policies.some((policy) => policy.id === SEND_AS_POLICY_ID);
}

/** A provider as the Send As question needs it. */
export function sendAsProvider(id: ProviderId | null | undefined): SendAsProvider | null {
  if (!id) return null;
  const provider = providerById(id);
  return { id, name: provider.name, checksSendAs: checksSendAs(provider) };
}
