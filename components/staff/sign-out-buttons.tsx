"use client";

import { useState } from "react";
import { callApi } from "@/lib/api/client";

/** Sign out of this browser, or of every browser this person is signed in on. */
export function SignOutButtons() {
  const [message, setMessage] = useState<string | null>(null);
  async function signOut(everywhere: boolean) {
    const answer = await callApi("/api/staff/sign-out", { body: { everywhere } });
    // Signed out already (401) is as good as signed out now.
    if (answer.ok || answer.status === 401) {
      window.location.assign("/sign-in");
      return;
    }
    setMessage(`Signing out failed: ${answer.message}`);
  }
  const link = "text-sm text-blue-700 underline-offset-2 hover:underline dark:text-blue-400";
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" className={link} onClick={() => signOut(false)}>
        Sign out
      </button>
      <button type="button" className={link} onClick={() => signOut(true)}>
        Sign out everywhere
      </button>
      {message ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {message}
        </p>
      ) : null}
    </div>
  );
}
