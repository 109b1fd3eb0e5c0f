import type { Metadata } from "next";
import { CustomerTestPage } from "@/components/customer/customer-test-page";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  // Share pages hold a token in their URL: keep them out of search engines and referrers.
  return {
    title: "Test your mail settings — SMTP Doctor",
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/**
 * A customer's link: the settings the helpdesk asks for, one button to test them, a plain result;
 * `?full=1` opens the full wizard on the case. Every test is added to the helpdesk's case.
 */
export default async function CustomerLinkPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await params;
  const { full } = await searchParams;
  return <CustomerTestPage token={token} full={full === "1"} />;
}
