import type { Metadata } from "next";
import { CaseWizardPage } from "@/components/wizard/case-wizard-page";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  // Share pages hold a token in their URL: keep them out of search engines and referrers.
  return {
    title: "Test your mail settings — SMTP Doctor",
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/** A customer's link: the wizard on the helpdesk's case, prefilled; their tests are added to it. */
export default async function CustomerLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <CaseWizardPage token={token} kind="customer" />;
}
