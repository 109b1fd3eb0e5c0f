import type { ComponentProps } from "react";

export const buttonClassName =
  "inline-flex items-center justify-center rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white " +
  "hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 " +
  "disabled:cursor-not-allowed disabled:opacity-60 dark:bg-blue-600 dark:hover:bg-blue-500";

export function Button({ className = "", type = "button", ...props }: ComponentProps<"button">) {
  return <button type={type} className={`${buttonClassName} ${className}`} {...props} />;
}
