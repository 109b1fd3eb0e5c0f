import type { Metadata } from "next";
import { CaseWizardPage } from "@/components/wizard/case-wizard-page";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: "Test again — SMTP Doctor",
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/** The owner's "test again": the wizard on the case, prefilled; new tests are added to it. */
export default async function OwnerTestPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <CaseWizardPage token={token} kind="owner" />;
}
