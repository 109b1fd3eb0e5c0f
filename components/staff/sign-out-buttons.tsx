"use client";

import { useState } from "react";

/** Sign out of this browser, or of every browser this person is signed in on. */
export function SignOutButtons() {
  const [message, setMessage] = useState<string | null>(null);
  async function signOut(everywhere: boolean) {
    try {
      const response = await fetch("/api/staff/sign-out", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ everywhere }),
      });
      if (response.ok || response.status === 401) {
        window.location.assign("/sign-in");
        return;
      }
      setMessage(`Signing out failed (the server answered ${response.status}). Try again.`);
    } catch {
      setMessage("SMTP Doctor could not be reached. Check your connection and try again.");
    }
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
