import { knownProviders } from "./known";
import type { ProviderId } from "./provider-schema";

export type ProviderClues = {
  /** The server name as the user typed it. */
  host?: string | null;
  /** The 220 greeting and the EHLO reply, as received. */
  banner?: string | null;
  /** The sender domain's MX hosts. */
  senderMx?: readonly string[];
  /** Any reply text (a pasted error, an NDR). */
  replyText?: string | null;
};

export type DetectedProvider = {
  id: ProviderId;
  via: "host" | "banner" | "sender-mx" | "reply-text";
  /** The clue that decided it, verbatim. */
  clue: string;
};

// Reply text can be huge (a pasted NDR); provider fragments show up early when they show up at all.
const MAX_REPLY_SCAN = 20_000;

/**
 * Which provider this is, from the strongest clue to the weakest: the server name the device uses,
 * the server's own banner, where the sender's domain receives mail, then words in the reply.
 */
export function detectProvider(clues: ProviderClues): DetectedProvider | null {
  const host = clues.host?.trim().toLowerCase();
  if (host) {
    for (const provider of knownProviders) {
      if (provider.detect.hosts.some((re) => re.test(host)))
        return { id: provider.id, via: "host", clue: host };
    }
  }
  const banner = clues.banner ?? "";
  if (banner) {
    const names = banner.match(/[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi) ?? [];
    for (const provider of knownProviders) {
      const name = names.find((n) => provider.detect.hosts.some((re) => re.test(n)));
      if (name) return { id: provider.id, via: "banner", clue: name };
      const fragment = provider.detect.replyText.find((re) => re.test(banner));
      if (fragment) return { id: provider.id, via: "banner", clue: banner.match(fragment)?.[0] ?? "" };
    }
  }
  for (const mx of clues.senderMx ?? []) {
    const name = mx.toLowerCase();
    const provider = knownProviders.find((p) => p.detect.mx.some((re) => re.test(name)));
    if (provider) return { id: provider.id, via: "sender-mx", clue: mx };
  }
  const text = (clues.replyText ?? "").slice(0, MAX_REPLY_SCAN);
  if (text) {
    for (const provider of knownProviders) {
      for (const re of provider.detect.replyText) {
        const match = re.exec(text);
        if (match) return { id: provider.id, via: "reply-text", clue: match[0] };
      }
    }
  }
  return null;
}
