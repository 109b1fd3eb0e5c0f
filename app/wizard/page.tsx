import type { Metadata } from "next";
import { ProbeForm } from "@/components/probe/probe-form";
import { PageShell } from "@/components/ui/page-shell";

export const metadata: Metadata = { title: "Wizard — SMTP Doctor" };

export default function WizardPage() {
  return (
    <PageShell>
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold tracking-tight">SMTP test</h1>
          <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
            The guided wizard (device, mail platform, settings, live test, diagnosis and corrected settings)
            is coming. Until then, this quick test runs the device&apos;s settings through RCPT TO and shows
            each stage with the server&apos;s exact reply.
          </p>
        </div>
        <ProbeForm />
      </div>
    </PageShell>
  );
}
