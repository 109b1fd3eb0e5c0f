"use client";

import { type FormEvent, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlErrorProps, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";
import type { CaseRef } from "@/components/wizard/case-api";
import { callApi } from "@/lib/api/client";
import type { Diagnosis } from "@/lib/diagnosis/diagnosis-schema";
import type { SiteNetworkReport } from "@/lib/network/site-network-schema";
import { SiteNetworkReportView } from "./site-network-report-view";

type Reports = {
  site: SiteNetworkReport;
  server: SiteNetworkReport | null;
  diagnosis: Diagnosis | null;
  /** With a case link: whether the case kept the check. */
  keptInCase?: boolean | null;
};

/**
 * The site's view a probe from our server cannot give: its public IP on the blocklists that
 * matter, its reverse DNS and the sender domain's SPF. Prefilled with the visitor's address when
 * it is public (a customer on site), editable by a helpdesk agent elsewhere.
 */
export function SiteNetworkPanel({
  senderDomain,
  runId,
  caseRef,
  onReport,
}: {
  senderDomain: string | null;
  /** The run to re-judge with the site's view. */
  runId?: string;
  /** The case this wizard stores into: the check is kept with it. */
  caseRef?: CaseRef;
  onReport?: (r: Reports) => void;
}) {
  const [ip, setIp] = useState("");
  const [visitorIp, setVisitorIp] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [reports, setReports] = useState<Reports | null>(null);

  useEffect(() => {
    // Only a convenience (the visitor's IP, prefilled): without it the field is typed by hand.
    void callApi<{ ip: string | null; checkable: boolean }>("/api/network/visitor").then((answer) => {
      if (answer.ok && answer.value.checkable && answer.value.ip) {
        const visitor = answer.value.ip;
        setVisitorIp(visitor);
        setIp((current) => current || visitor);
      }
    });
  }, []);

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const answer = await callApi<Reports>("/api/network/check", {
      body: {
        ip: ip.trim() || undefined,
        senderDomain: senderDomain ?? undefined,
        runId,
        ...(caseRef && "token" in caseRef ? { caseToken: caseRef.token } : {}),
        ...(caseRef && "caseId" in caseRef ? { caseId: caseRef.caseId } : {}),
      },
    });
    setBusy(false);
    if (!answer.ok) return setError(answer.issues?.[0]?.message ?? answer.message);
    setReports(answer.value);
    onReport?.(answer.value);
  };

  return (
    <section
      aria-labelledby="site-network-heading"
      className="flex flex-col gap-3 rounded-md border border-zinc-200 p-4 dark:border-zinc-800"
    >
      <h3 id="site-network-heading" className="text-lg font-semibold">
        Check the site&apos;s network
      </h3>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        The live test ran from SMTP Doctor&apos;s server. Receivers judge the device by the site&apos;s public
        IP: check it here.
        {visitorIp
          ? ` You are connecting from ${visitorIp}: if you are at the site, that is probably its public IP.`
          : ""}
      </p>
      <form onSubmit={check} className="flex flex-wrap items-end gap-3">
        <Field id="site-ip" label="Site's public IP address" error={error}>
          <TextInput
            id="site-ip"
            value={ip}
            inputMode="decimal"
            autoComplete="off"
            onChange={(e) => setIp(e.target.value)}
            {...controlErrorProps("site-ip", error)}
          />
        </Field>
        <Button type="submit" disabled={busy}>
          {busy ? "Checking…" : "Check this IP"}
        </Button>
      </form>
      {reports ? (
        <div className="flex flex-col gap-4">
          <SiteNetworkReportView report={reports.site} />
          {reports.server ? <SiteNetworkReportView report={reports.server} /> : null}
          {reports.keptInCase === true ? (
            <p className="text-sm" data-testid="check-kept">
              This check is kept in the case.
            </p>
          ) : reports.keptInCase === false ? (
            <p className="text-sm text-amber-800 dark:text-amber-300" role="alert">
              The case already holds the most network checks it can keep; this one was not added.
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
