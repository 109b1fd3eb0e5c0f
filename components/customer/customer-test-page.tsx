import Link from "next/link";
import { DeviceCapturePanel } from "@/components/case/device-capture-panel";
import { LinkGone } from "@/components/report/link-gone";
import { PageShell } from "@/components/ui/page-shell";
import { CaseWizardPage } from "@/components/wizard/case-wizard-page";
import { ENCRYPTION_OPTIONS } from "@/components/wizard/encryption-options";
import { prefillFromCase } from "@/components/wizard/prefill-from-case";
import { listRuns, resolveLink } from "@/lib/server/case-links";
import { openSharePage } from "@/lib/server/share-page";
import { CustomerTest } from "./customer-test";

/**
 * What a customer's link opens: what the helpdesk asks, the settings to type on the device, one
 * button to test them, a plain result and what happens next. The full wizard stays one link away
 * for IT staff at the site, and opens by itself when there is nothing to prefill or the sign-in is
 * OAuth (a token a receptionist cannot paste).
 */
export async function CustomerTestPage({ token, full }: { token: string; full: boolean }) {
  const opened = await openSharePage(async () => {
    const link = await resolveLink(token, "customer");
    return { theCase: link.case, runs: await listRuns(link.case.id) };
  });
  if ("gone" in opened) return <LinkGone message={opened.gone} />;
  const { theCase, runs } = opened.value;
  const prefill = prefillFromCase(theCase, runs);
  const { settings } = prefill.state;
  if (full || prefill.basis.kind === "none" || settings.auth === "oauth2") {
    return <CaseWizardPage token={token} kind="customer" />;
  }
  const device = theCase.context.device || "device";
  const encryption = ENCRYPTION_OPTIONS.find((option) => option.value === settings.security);
  const rows: [string, string][] = [
    ["SMTP server", settings.host],
    ["Port", settings.port],
    ["Encryption", encryption ? `${encryption.label} (${encryption.deviceWords})` : settings.security],
    [
      "Sign-in (SMTP authentication)",
      settings.auth === "none"
        ? "Off"
        : `On, as ${settings.username || settings.from}, with the mailbox password`,
    ],
    ["Sender address (“From”)", settings.from],
  ];
  return (
    <PageShell nav={false}>
      <div className="flex flex-col gap-8">
        <div className="flex flex-col gap-2">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Your helpdesk&apos;s case {theCase.reference}
          </p>
          <h1 className="text-3xl font-bold tracking-tight">Test the {device}&apos;s email settings</h1>
          <p className="max-w-2xl text-zinc-700 dark:text-zinc-300">
            Your helpdesk asked you to check the settings below. It takes a minute, and they see the result as
            soon as you have tested.
          </p>
        </div>
        <section aria-labelledby="customer-settings" className="flex flex-col gap-3">
          <h2 id="customer-settings" className="text-xl font-semibold">
            1. The settings for the {device}
          </h2>
          <p className="max-w-2xl text-zinc-700 dark:text-zinc-300">
            These go into the device&apos;s email (SMTP) settings, usually under Network or Scan to Email in
            its web page or on its screen.
          </p>
          <div className="max-w-2xl overflow-hidden rounded-md border border-zinc-200 dark:border-zinc-800">
            <table className="w-full text-left text-sm" data-testid="customer-settings">
              <caption className="sr-only">Settings to type into the device</caption>
              <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
                {rows.map(([label, value]) => (
                  <tr key={label}>
                    <th
                      scope="row"
                      className="w-2/5 bg-zinc-50 px-3 py-2 align-top font-medium dark:bg-zinc-900"
                    >
                      {label}
                    </th>
                    <td className="px-3 py-2 break-words">{value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <CustomerTest token={token} state={prefill.state} validatesRunId={prefill.validatesRunId} />
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          IT staff at the site:{" "}
          <Link href="?full=1" className="text-blue-700 underline dark:text-blue-400">
            open the full test, with every setting
          </Link>
          .
        </p>
        <details
          className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800"
          data-testid="customer-device-capture"
        >
          <summary className="cursor-pointer font-medium">
            IT staff: let SMTP Doctor see what the device itself sends
          </summary>
          <div className="mt-3">
            <DeviceCapturePanel apiBase={`/api/cases/${token}`} />
          </div>
        </details>
      </div>
    </PageShell>
  );
}
