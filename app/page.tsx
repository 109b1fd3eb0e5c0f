import { PasteErrorForm } from "@/components/analyze/paste-error-form";
import { FoundingCase } from "@/components/landing/founding-case";
import { WhatItDoes } from "@/components/landing/what-it-does";
import { ButtonLink } from "@/components/ui/button-link";
import { PageShell } from "@/components/ui/page-shell";

export default function HomePage() {
  return (
    <PageShell>
      <div className="flex flex-col gap-10">
        <section className="flex flex-col gap-4">
          <h1 className="text-3xl font-bold tracking-tight">Why can&apos;t the scanner send email?</h1>
          <p className="max-w-3xl text-lg text-zinc-700 dark:text-zinc-300">
            SMTP Doctor tests a copier&apos;s or scanner&apos;s mail settings the way the device uses them,
            all the way to the point where the server accepts or refuses the recipient. It shows what the
            server said, word for word, explains why, and tells you which settings to change.
          </p>
          <div>
            <ButtonLink href="/wizard">Start the wizard</ButtonLink>
          </div>
        </section>
        <WhatItDoes />
        <FoundingCase />
        <section aria-labelledby="paste-heading" className="flex flex-col gap-4">
          <h2 id="paste-heading" className="text-xl font-semibold">
            Paste an error
          </h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Have a bounce message, a device log line or a transcript? Paste it for the same diagnosis. Prefer
            a single run of the settings? Use the{" "}
            <a className="text-blue-700 underline dark:text-blue-400" href="/quick-test">
              quick test
            </a>
            .
          </p>
          <PasteErrorForm />
        </section>
      </div>
    </PageShell>
  );
}
