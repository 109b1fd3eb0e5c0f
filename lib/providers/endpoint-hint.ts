import type { Security } from "../smtp/probe-schema";

/**
 * What the wizard's settings step starts from when the device points at a known endpoint: a
 * tenant's MX (`contoso-com.mail.protection.outlook.com`) takes no sign-in on port 25, a
 * submission host takes a password on 587. Plain data, so the browser gets it with the page.
 */
export type EndpointHint = {
  /** The endpoint's host as a pattern: placeholders such as `<tenant>` stand for one DNS label. */
  hostPattern: string;
  providerName: string;
  title: string;
  port: number;
  security: Security;
  auth: "none" | "password" | "oauth2";
};

/** The hint for the server the device is set to, if it is a known endpoint (case and a final dot ignored). */
export function hintForHost(hints: readonly EndpointHint[], host: string): EndpointHint | null {
  const name = host.trim().toLowerCase().replace(/\.$/, "");
  if (name === "") return null;
  return hints.find((hint) => new RegExp(hint.hostPattern, "i").test(name)) ?? null;
}
