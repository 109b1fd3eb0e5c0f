import { findDeviceFamily } from "../../providers/devices/device-families";
import { providerById } from "../../providers/known";
import type { CauseId } from "../causes";
import type { DiagnosisContext } from "../diagnosis-context";
import type { Recommended, SendingPath } from "../diagnosis-schema";
import type { Evidence } from "../evidence";
import { diagnosisRules } from "../rules";
import { googlePaths } from "./google-paths";
import { microsoft365Paths } from "./microsoft-365-paths";
import { pathFromEndpoint, ranked } from "./path-from-endpoint";
import { settingsTable } from "./settings-table";

/** Causes that different settings (server, port, encryption, login, sending path) can fix: each rule says. */
const SETTINGS_CAUSES: ReadonlySet<CauseId> = new Set(
  diagnosisRules.filter((rule) => rule.settingsCanFix).map((rule) => rule.id),
);

function pathsFor(e: Evidence, context: DiagnosisContext, root: CauseId): SendingPath[] {
  const provider = e.provider ?? context.provider ?? null;
  if (provider === "microsoft-365") return microsoft365Paths(context, root);
  if (provider === "google-workspace") return googlePaths(context, root);
  if (!provider || provider === "generic") return [];
  return ranked(providerById(provider).endpoints.map((endpoint) => pathFromEndpoint(endpoint)));
}

/** Corrected settings for this case, or undefined when settings are not the problem or the provider is unknown. */
export function recommendSettings(
  e: Evidence,
  context: DiagnosisContext,
  root: CauseId,
): Recommended | undefined {
  if (!SETTINGS_CAUSES.has(root)) return undefined;
  const provider = e.provider ?? context.provider ?? null;
  const alternatives = pathsFor(e, context, root);
  const first = alternatives[0];
  if (!provider || !first) return undefined;
  const device = findDeviceFamily([context.device?.make, context.device?.model].filter(Boolean).join(" "));
  return { provider, table: settingsTable(e, first, root, device), alternatives };
}
