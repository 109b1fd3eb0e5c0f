"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { CopyButton } from "@/components/diagnosis/copy-button";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { callApi, failureText } from "@/lib/api/client";

export type OwnerLinkRow = {
  id: string;
  kind: "owner" | "customer" | "report";
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  expired: boolean;
};

type Created = { kind: "customer" | "report"; url: string; expiresAt: string };

const KIND_LABELS: Record<OwnerLinkRow["kind"], string> = {
  owner: "Owner (this page)",
  customer: "Customer",
  report: "Report (read-only)",
};

/** Creates and revokes the case's share links. A new link's URL is shown once, then only its hash is kept. */
export function OwnerLinks({
  apiBase,
  links,
}: {
  /** Where the case's link endpoints are: `/api/cases/<owner token>`, or `/api/staff/cases/<id>`. */
  apiBase: string;
  links: OwnerLinkRow[];
}) {
  const router = useRouter();
  const [created, setCreated] = useState<Created | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Revoking is one click away from breaking a link someone is using: it asks first, in place.
  const [confirming, setConfirming] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const confirmingLink = links.find((link) => link.id === confirming) ?? null;
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function createLink(kind: "customer" | "report") {
    setBusy(true);
    setError(null);
    const answer = await callApi<{ url: string; expiresAt: string }>(`${apiBase}/links`, { body: { kind } });
    setBusy(false);
    if (!answer.ok) return setError(failureText(answer));
    setCreated({
      kind,
      url: new URL(answer.value.url, window.location.origin).toString(),
      expiresAt: answer.value.expiresAt,
    });
    router.refresh();
  }

  async function revoke(linkId: string) {
    setConfirming(null);
    setBusy(true);
    setError(null);
    const answer = await callApi(`${apiBase}/links/${encodeURIComponent(linkId)}`, { method: "DELETE" });
    setBusy(false);
    if (!answer.ok) return setError(failureText(answer));
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap gap-3">
        <Button disabled={busy} onClick={() => createLink("customer")}>
          Create a customer link
        </Button>
        <Button disabled={busy} onClick={() => createLink("report")}>
          Create a report link
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
      {created && (
        <div
          role="status"
          className="flex flex-col gap-1 rounded-md border border-green-300 bg-green-50 p-3 dark:border-green-800 dark:bg-green-950"
        >
          <p className="font-medium">
            New {KIND_LABELS[created.kind].toLowerCase()} link — copy it now, it is shown only once:
          </p>
          <p className="flex flex-wrap items-center gap-2">
            <code className="break-all" data-testid="new-link-url">
              {created.url}
            </code>
            <CopyButton value={created.url} label={`${KIND_LABELS[created.kind].toLowerCase()} link`} />
          </p>
          <p className="text-sm">
            Expires <LocalTime iso={created.expiresAt} />
          </p>
        </div>
      )}
      {links.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No customer or report link yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-zinc-200 dark:border-zinc-800">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Share links</caption>
            <thead className="bg-zinc-50 text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Kind
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Created
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Expires
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Status
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {links.map((link) => (
                <tr key={link.id} data-link-id={link.id} data-link-kind={link.kind}>
                  <td className="px-3 py-2">{KIND_LABELS[link.kind]}</td>
                  <td className="px-3 py-2">
                    <LocalTime iso={link.createdAt} />
                  </td>
                  <td className="px-3 py-2">
                    <LocalTime iso={link.expiresAt} />
                  </td>
                  <td className="px-3 py-2" data-link-status>
                    {link.revokedAt ? (
                      <>
                        Revoked <LocalTime iso={link.revokedAt} />
                      </>
                    ) : link.expired ? (
                      "Expired"
                    ) : (
                      "Active"
                    )}
                  </td>
                  <td className="px-3 py-2">
                    {link.kind !== "owner" && !link.revokedAt && !link.expired ? (
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() => setConfirming(link.id)}
                        className="text-red-800 underline hover:no-underline disabled:opacity-60 dark:text-red-300"
                      >
                        Revoke<span className="sr-only"> {KIND_LABELS[link.kind].toLowerCase()} link</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirmingLink ? (
        <div
          data-revoke-confirm
          className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950/60"
        >
          <span>
            Revoke the {KIND_LABELS[confirmingLink.kind].toLowerCase()} link?{" "}
            {confirmingLink.kind === "customer"
              ? "The customer can no longer test through it."
              : "Whoever has it can no longer open the report."}
          </span>
          <button
            ref={confirmButton}
            type="button"
            disabled={busy}
            onClick={() => revoke(confirmingLink.id)}
            className="font-medium text-red-800 underline hover:no-underline disabled:opacity-60 dark:text-red-300"
          >
            Yes, revoke
            <span className="sr-only"> the {KIND_LABELS[confirmingLink.kind].toLowerCase()} link</span>
          </button>
          <button
            type="button"
            onClick={() => setConfirming(null)}
            className="text-blue-700 underline hover:no-underline dark:text-blue-400"
          >
            Keep it
          </button>
        </div>
      ) : null}
    </div>
  );
}
