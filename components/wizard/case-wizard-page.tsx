import { LinkGone } from "@/components/report/link-gone";
import { PageShell } from "@/components/ui/page-shell";
import { deviceFamilies } from "@/lib/providers/devices/device-families";
import { endpointHints } from "@/lib/providers/endpoint-hints";
import { knownProviders } from "@/lib/providers/known";
import { checksSendAs } from "@/lib/providers/send-as";
import type { Case } from "@/lib/reports/case-schemas";
import { listRuns, resolveLink } from "@/lib/server/case-links";
import { ownerPath, staffCasePath } from "@/lib/server/case-paths";
import { openSharePage } from "@/lib/server/share-page";
import { reachableTargetsOf } from "@/lib/smtp/reachability";
import { policyFromEnv } from "@/lib/smtp/target-policy";
import { type PrefillBasis, prefillFromCase } from "./prefill-from-case";
import { Wizard } from "./wizard";
import type { CaseLink } from "./wizard-state";

function basisText(basis: PrefillBasis): string {
  if (basis.kind === "recommended") {
    return `The settings below are the ones recommended after test ${basis.runSeq} of the case.`;
  }
  if (basis.kind === "last-run")
    return `The settings below are the ones test ${basis.runSeq} of the case used.`;
  return "The case has no test yet: fill in the device's settings below.";
}

type Opened =
  | { kind: "customer" | "owner"; token: string }
  /** A signed-in agent's "test again" from the staff page (the page checked the sign-in). */
  | { kind: "staff"; case: Case };

/**
 * The wizard opened from a case: a customer's link (their tests are added to the helpdesk's case),
 * the owner's or a signed-in agent's "test again". Prefilled on the server; there is never a
 * password to prefill.
 */
export async function CaseWizardPage(props: Opened) {
  const opened = await openSharePage(async () => {
    const theCase = props.kind === "staff" ? props.case : (await resolveLink(props.token, props.kind)).case;
    return { theCase, runs: await listRuns(theCase.id) };
  });
  if ("gone" in opened) return <LinkGone message={opened.gone} />;
  const { theCase, runs } = opened.value;
  const { kind } = props;
  const data = { caseId: theCase.id, title: theCase.title };
  // Computed here: the browser gets the prefilled settings, not the case's runs.
  const prefill = prefillFromCase(theCase, runs);
  const caseLink: CaseLink = {
    ...(props.kind === "staff"
      ? { kind: "staff", ref: { caseId: theCase.id }, caseUrl: staffCasePath(theCase.id) }
      : {
          kind: props.kind,
          ref: { token: props.token },
          caseUrl: props.kind === "owner" ? ownerPath(props.token) : null,
        }),
    reference: theCase.reference,
    title: data.title,
    storedRunIds: [],
    validatesRunId: prefill.validatesRunId,
    error: null,
  };
  const state = { ...prefill.state, caseLink };
  return (
    <PageShell nav={kind !== "customer"}>
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-2">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {kind === "customer" ? "A test your helpdesk asked for" : "Test again"} · case {theCase.reference}
          </p>
          <h1 className="text-3xl font-bold tracking-tight">{data.title}</h1>
          <div className="flex max-w-3xl flex-col gap-2 text-zinc-700 dark:text-zinc-300">
            {kind === "customer" ? (
              <p>
                Your helpdesk sent you this link to test the device&apos;s mail settings from your site. Each
                test you run here is added to their case, together with this network&apos;s public IP address.
              </p>
            ) : (
              <p>Each test you run here is added to the case.</p>
            )}
            <p>{basisText(prefill.basis)}</p>
            <p>
              Type the mail account&apos;s password only when asked: it is used for the test and never stored,
              shown in the case, or sent to anyone.
            </p>
          </div>
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
          attached={{ caseId: data.caseId, state }}
        />
      </div>
    </PageShell>
  );
}
