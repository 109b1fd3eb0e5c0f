import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CaseWizardPage } from "@/components/wizard/case-wizard-page";
import { caseStore } from "@/lib/server/case-store-singleton";
import { currentStaff } from "@/lib/server/current-staff";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Test again — SMTP Doctor",
  robots: { index: false, follow: false },
};

/** A signed-in agent's "test again" on a team case: the wizard, prefilled; new tests are added to the case. */
export default async function StaffTestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if ((await currentStaff()) === null) redirect(`/sign-in?next=${encodeURIComponent(`/cases/${id}/test`)}`);
  const theCase = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await caseStore().getCase(id) : null;
  if (theCase === null) notFound();
  return <CaseWizardPage kind="staff" case={theCase} />;
}
