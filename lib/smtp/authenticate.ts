import { ProbeError } from "./probe-errors";
import type { Credentials } from "./probe-schema";
import { MASK } from "./redact-secrets";
import type { SmtpSession } from "./smtp-session";

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

/** Which mechanism we would use, given what the server offers; null when none fits. */
export function chooseMechanism(credentials: Credentials, offered: string[]): string | null {
  if (credentials.kind === "oauth2") return offered.includes("XOAUTH2") ? "XOAUTH2" : null;
  if (credentials.method) return offered.includes(credentials.method) ? credentials.method : null;
  return ["PLAIN", "LOGIN"].find((mech) => offered.includes(mech)) ?? null;
}

/**
 * Runs one SASL exchange, never retrying. Every client line that carries a secret goes to
 * nodemailer's log masked (AUTH arguments, every answer to a 334); the session's redactor masks
 * the exchange again whatever the mechanism, and redacts the server's echoes as they arrive.
 * Resolves with the final raw reply: 235 on success, anything else is the refusal.
 */
export async function authenticate(
  session: SmtpSession,
  mechanism: string,
  credentials: Credentials,
): Promise<string> {
  switch (mechanism) {
    case "PLAIN": {
      if (credentials.kind !== "password") break;
      const blob = b64(`\u0000${credentials.username}\u0000${credentials.password}`);
      return session.send(`AUTH PLAIN ${blob}`, `AUTH PLAIN ${MASK}`);
    }
    case "LOGIN": {
      if (credentials.kind !== "password") break;
      const first = await session.send("AUTH LOGIN");
      if (!first.startsWith("334")) return first;
      const second = await session.send(b64(credentials.username), MASK);
      if (!second.startsWith("334")) return second;
      return session.send(b64(credentials.password), MASK);
    }
    case "XOAUTH2": {
      if (credentials.kind !== "oauth2") break;
      const blob = b64(
        `user=${credentials.username}\u0001auth=Bearer ${credentials.accessToken}\u0001\u0001`,
      );
      const reply = await session.send(`AUTH XOAUTH2 ${blob}`, `AUTH XOAUTH2 ${MASK}`);
      // A failed XOAUTH2 answers 334 with a JSON error; the client sends an empty line to get the final reply.
      if (reply.startsWith("334")) return session.send("");
      return reply;
    }
  }
  throw new ProbeError("EINTERNAL", `mechanism ${mechanism} does not fit these credentials`);
}
