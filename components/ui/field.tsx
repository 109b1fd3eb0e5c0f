import type { ReactNode } from "react";

/** The id of a field's error message, for the control's aria-describedby. */
export function fieldErrorId(id: string): string {
  return `${id}-error`;
}

/** Marks a control invalid and ties it to its error message, when there is one. */
export function controlErrorProps(id: string, error: string | undefined) {
  return error ? { "aria-invalid": true, "aria-describedby": fieldErrorId(id) } : {};
}

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  children: ReactNode;
};

/** Label, control and inline error of one form field. The control sets its own id and aria attributes. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {hint ? <span className="ml-1 font-normal text-zinc-500 dark:text-zinc-400">{hint}</span> : null}
      </label>
      {children}
      {error ? (
        <p id={fieldErrorId(id)} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
