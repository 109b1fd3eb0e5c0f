import * as z from "zod/mini";
import { describeTargetHostProblem } from "./target-host";

/**
 * The probe's input. Written with zod/mini because the wizard validates in the browser with this
 * very schema (same messages as the API), and mini is a fraction of classic zod's weight there.
 */
export const SECURITY_MODES = ["none", "starttls", "tls"] as const;
export type Security = (typeof SECURITY_MODES)[number];

// C0 controls, DEL, C1 controls (NEL among them) and the Unicode line and paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Refuses any control character or line separator, before trimming (so none is quietly dropped)
 * and before any other check (so the message says what is wrong): these fields end up in SMTP
 * command lines, where a NUL, a backspace or a CR would reach the server as raw bytes.
 */
const noControlCharacters = () =>
  z.superRefine<string>((value, ctx) => {
    const found = CONTROL_CHARACTER.exec(value)?.[0];
    if (found === undefined) return;
    const code = (found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
    ctx.addIssue({
      code: "custom",
      message: `contains an invisible control character (U+${code}): retype it`,
      input: value,
      // Stop here: this is the field's one message (the format checks would only add noise).
      continue: false,
    });
  });

// RFC 5321 caps a path at 256 octets; we only need something that looks like an address.
const addressSchema = z
  .string()
  .check(
    noControlCharacters(),
    z.trim(),
    z.maxLength(254, "address is too long"),
    z.regex(/^[^\s<>()[\]\\,;:"@]+@[^\s<>()[\]\\,;:"@]+\.[^\s<>()[\]\\,;:"@]+$/, "must be an e-mail address"),
  );

const username = z
  .string()
  .check(noControlCharacters(), z.minLength(1, "username is required"), z.maxLength(320));

export const credentialsSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("password"),
    username,
    password: z.string().check(z.minLength(1, "password is required"), z.maxLength(1024)),
    method: z.optional(z.enum(["PLAIN", "LOGIN"])),
  }),
  z.object({
    kind: z.literal("oauth2"),
    username,
    accessToken: z.string().check(z.minLength(1, "access token is required"), z.maxLength(8192)),
  }),
]);
export type Credentials = z.infer<typeof credentialsSchema>;

export const probeInputSchema = z
  .object({
    host: z.string().check(
      z.trim(),
      z.minLength(1, "server is required"),
      z.maxLength(253, "server name is too long"),
      z.superRefine((host, ctx) => {
        const problem = describeTargetHostProblem(host);
        if (problem) ctx.addIssue({ code: "custom", message: problem, input: host });
      }),
    ),
    port: z.coerce
      .number({ error: "port must be a number" })
      .check(
        z.int("port must be a whole number"),
        z.minimum(1, "port must be 1–65535"),
        z.maximum(65535, "port must be 1–65535"),
      ),
    security: z.enum(SECURITY_MODES),
    credentials: z.optional(credentialsSchema),
    /** The user explicitly accepts sending credentials over a certificate that does not verify. */
    allowUntrustedCert: z._default(z.boolean(), false),
    from: addressSchema,
    to: z
      .array(addressSchema)
      .check(z.minLength(1, "at least one recipient"), z.maxLength(5, "at most 5 recipients")),
    ehloName: z.optional(
      z
        .string()
        .check(
          noControlCharacters(),
          z.trim(),
          z.maxLength(253),
          z.regex(/^[A-Za-z0-9.\-[\]:]+$/, "EHLO name may contain letters, digits, dots, hyphens"),
        ),
    ),
    /** Send one fixed test message (DATA). Off by default: runs stop after RCPT TO. */
    send: z._default(z.boolean(), false),
  })
  .check(
    z.refine((input) => !input.send || input.to.length === 1, {
      message: "a real test message goes to exactly one recipient",
      path: ["to"],
    }),
  );
export type ProbeInput = z.infer<typeof probeInputSchema>;
export type ProbeInputRaw = z.input<typeof probeInputSchema>;
