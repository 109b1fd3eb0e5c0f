import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonClassName } from "./button";

/** A link that looks like the primary button. */
export function ButtonLink({ className = "", ...props }: ComponentProps<typeof Link>) {
  return <Link className={`${buttonClassName} ${className}`} {...props} />;
}
