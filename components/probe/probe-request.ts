import type { ApiIssue } from "@/lib/api/api-error";
import type { ProbeInputRaw, Security } from "@/lib/smtp/probe-schema";

/** The form's field names; API issue paths are mapped onto them. */
export type ProbeFieldName = "host" | "port" | "security" | "username" | "password" | "from" | "to" | "send";
export type ProbeFieldErrors = Partial<Record<ProbeFieldName, string>>;

/** Builds the API body from the form. Validation is the server's job: values go as typed. */
export function probeBodyFromForm(form: FormData): ProbeInputRaw {
  const text = (name: ProbeFieldName) => String(form.get(name) ?? "").trim();
  const port = text("port");
  const username = text("username");
  // Passwords may legitimately start or end with spaces: never trim them.
  const password = String(form.get("password") ?? "");
  return {
    host: text("host"),
    port: /^\d+$/.test(port) ? Number(port) : port,
    security: text("security") as Security,
    credentials: username || password ? { kind: "password", username, password } : undefined,
    from: text("from"),
    to: [text("to")],
    send: form.get("send") === "on",
  };
}

const FIELD_BY_PATH_HEAD: Record<string, ProbeFieldName> = {
  host: "host",
  port: "port",
  security: "security",
  from: "from",
  to: "to",
  send: "send",
};

/** Puts each API issue next to its field; issues about no visible field are returned apart. */
export function fieldErrorsFromIssues(issues: ApiIssue[]): { byField: ProbeFieldErrors; other: string[] } {
  const byField: ProbeFieldErrors = {};
  const other: string[] = [];
  for (const issue of issues) {
    const [head, next] = issue.path.split(".");
    const field =
      head === "credentials"
        ? next === "password"
          ? "password"
          : "username"
        : FIELD_BY_PATH_HEAD[head ?? ""];
    if (!field) other.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
    else byField[field] ??= issue.message;
  }
  return { byField, other };
}
