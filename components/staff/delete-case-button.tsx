"use client";

import { useState } from "react";
import { callApi } from "@/lib/api/client";

/** For admins: deletes the case now, after a confirmation that says what goes with it. */
export function DeleteCaseButton({ caseId, reference }: { caseId: string; reference: string }) {
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    if (
      !window.confirm(
        `Delete case ${reference} now, with its tests, links and activity? This cannot be undone.`,
      )
    )
      return;
    const answer = await callApi(`/api/staff/cases/${caseId}/delete`, { body: {} });
    if (answer.ok) {
      window.location.assign("/cases");
      return;
    }
    setError(`The case was not deleted: ${answer.message}`);
  }
  return (
    <div className="flex flex-col gap-1">
      <button
        type="button"
        onClick={remove}
        className="self-start text-sm text-red-700 underline-offset-2 hover:underline dark:text-red-400"
      >
        Delete this case now
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
