import type { ComponentProps } from "react";

export const controlClassName =
  "rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 " +
  "focus-visible:outline-2 focus-visible:outline-blue-700 aria-invalid:border-red-600 " +
  "dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:aria-invalid:border-red-400";

export function TextInput({ className = "", type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} className={`${controlClassName} ${className}`} {...props} />;
}
