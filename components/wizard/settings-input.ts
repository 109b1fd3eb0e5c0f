import type { ProbeInput } from "@/lib/smtp/probe-input-schema";
import type { SettingsDraft } from "./wizard-state";

export type Secrets = { password: string; token: string };
export type SettingsErrors = Partial<Record<keyof SettingsDraft | "password" | "token", string>>;

/**
 * The wizard's draft plus the secret (held in memory only) → the API's input, validated with the
 * API's own schema so the messages match what the server would say. The schema (and zod with it)
 * is loaded on the first submit, not with the page.
 */
export async function buildProbeInput(
  draft: SettingsDraft,
  secrets: Secrets,
): Promise<{ ok: true; input: ProbeInput } | { ok: false; errors: SettingsErrors }> {
  const { probeInputSchema } = await import("@/lib/smtp/probe-input-schema");
  const port = draft.port.trim();
  const credentials =
    draft.auth === "password"
      ? { kind: "password" as const, username: draft.username.trim(), password: secrets.password }
      : draft.auth === "oauth2"
        ? { kind: "oauth2" as const, username: draft.username.trim(), accessToken: secrets.token.trim() }
        : undefined;
  const parsed = probeInputSchema.safeParse({
    host: draft.host.trim(),
    port: /^\d+$/.test(port) ? Number(port) : port,
    security: draft.security,
    credentials,
    allowUntrustedCert: draft.allowUntrustedCert,
    from: draft.from.trim(),
    to: [draft.to.trim()],
    send: draft.send,
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: SettingsErrors = {};
  for (const issue of parsed.error.issues) {
    const [head, next] = issue.path.map(String);
    const field =
      head === "credentials"
        ? next === "password"
          ? "password"
          : next === "accessToken"
            ? "token"
            : "username"
        : (head as keyof SettingsErrors);
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
