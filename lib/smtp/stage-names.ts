/** The probe's stages, in order: shared by the result schema and the browser's stream reader. */
export const STAGE_NAMES = [
  "resolve",
  "guard",
  "connect",
  "greeting",
  "ehlo",
  "tls",
  "auth",
  "mail",
  "rcpt",
  "data",
  "quit",
] as const;
