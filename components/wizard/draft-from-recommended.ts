import type { Recommended } from "@/lib/diagnosis/diagnosis-schema";
import type { SettingsDraft } from "./wizard-state";

/** The first recommended path as a settings draft: what the validation form starts from. */
export function draftFromRecommended(recommended: Recommended, settings: SettingsDraft): SettingsDraft {
  const path = recommended.alternatives[0];
  const row = (name: string) => recommended.table.find((r) => r.setting === name)?.recommended;
  const auth = path?.auth === "none" ? "none" : path?.auth === "oauth2" ? "oauth2" : "password";
  const sender = row("sender");
  return {
    ...settings,
    host: path?.host ?? settings.host,
    port: String(path?.port ?? settings.port),
    security: path?.security ?? settings.security,
    auth,
    username: auth === "none" ? "" : (row("username") ?? settings.from),
    from: sender?.includes("@") ? sender : settings.from,
    send: false,
    // Allowing a certificate that does not verify is a choice made for one run, in the form.
    allowUntrustedCert: false,
  };
}
