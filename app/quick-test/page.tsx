import type { Metadata } from "next";
import { ProbeForm } from "@/components/probe/probe-form";
import { PageShell } from "@/components/ui/page-shell";

export const metadata: Metadata = { title: "Quick SMTP test — SMTP Doctor" };

export default function QuickTestPage() {
  return (
    <PageShell>
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold tracking-tight">Quick SMTP test</h1>
          <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
            One form, one run: the settings go through RCPT TO and every stage shows the server&apos;s exact
            reply. For the diagnosis and corrected settings, use the guided wizard.
          </p>
        </div>
        <ProbeForm />
      </div>
    </PageShell>
  );
}
