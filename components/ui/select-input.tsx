import type { ComponentProps } from "react";
import { controlClassName } from "./text-input";

export function SelectInput({ className = "", ...props }: ComponentProps<"select">) {
  return <select className={`${controlClassName} ${className}`} {...props} />;
}
