import type { Metadata } from "next";
import { PageShell } from "@/components/ui/page-shell";
import { Wizard } from "@/components/wizard/wizard";
import { deviceFamilies } from "@/lib/providers/devices/device-families";
import { endpointHints } from "@/lib/providers/endpoint-hints";
import { knownProviders } from "@/lib/providers/known";
import { checksSendAs } from "@/lib/providers/send-as";
import { reachableTargetsOf } from "@/lib/smtp/reachability";
import { policyFromEnv } from "@/lib/smtp/target-policy";

export const metadata: Metadata = { title: "Wizard — SMTP Doctor" };

export default function WizardPage() {
  return (
    <PageShell>
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold tracking-tight">Why can&apos;t this device send mail?</h1>
          <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
            Six short steps: the device, its mail platform, its current settings, a live test through RCPT TO,
            the diagnosis with the server&apos;s exact words, and settings that will work.
          </p>
        </div>
        <Wizard
          families={deviceFamilies.map((family) => ({ id: family.id, name: family.make }))}
          providers={knownProviders.map((provider) => ({
            id: provider.id,
            name: provider.name,
            checksSendAs: checksSendAs(provider),
          }))}
          endpointHints={endpointHints()}
          reachableTargets={reachableTargetsOf(policyFromEnv(process.env))}
        />
      </div>
    </PageShell>
  );
}
