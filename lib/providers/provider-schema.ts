import { z } from "zod";
import { PROVIDER_IDS } from "./provider-ids";

/**
 * Provider knowledge as data. Every policy that advice rests on carries the date it was true and
 * where it was read, so the diagnosis can say "as of <date>" and a reviewer can re-check it.
 */

export const providerIdSchema = z.enum(PROVIDER_IDS);
export type ProviderId = z.infer<typeof providerIdSchema>;

/** [C] confirmed in a named source; [U] unconfirmed (general knowledge or one weak source). */
export const certaintySchema = z.enum(["confirmed", "unconfirmed"]);

export const policyFactSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  statement: z.string().min(10),
  /** ISO date (YYYY-MM-DD) the statement was true as of. */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sources: z.array(z.string().min(5)).min(1),
  certainty: certaintySchema,
});
export type PolicyFact = z.infer<typeof policyFactSchema>;

export const endpointSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the endpoint is for, in a helpdesk's words. */
  title: z.string(),
  host: z.string(),
  port: z.number().int().min(1).max(65535),
  security: z.enum(["none", "starttls", "tls"]),
  auth: z.enum(["none", "password", "app-password", "oauth2", "password-or-oauth2", "api-key"]),
  recipients: z.enum(["any", "internal-only", "provider-only"]),
  requirements: z.array(z.string()),
  limits: z.array(z.string()),
  sources: z.array(z.string().min(5)).min(1),
  certainty: certaintySchema,
});
export type Endpoint = z.infer<typeof endpointSchema>;

export const providerSchema = z.object({
  id: providerIdSchema,
  name: z.string(),
  detect: z.object({
    /** Server names (as typed, in banners or EHLO) that belong to this provider. */
    hosts: z.array(z.instanceof(RegExp)),
    /** MX hosts of a sender domain that mean "this domain's mail is hosted here". */
    mx: z.array(z.instanceof(RegExp)),
    /** Fragments that only this provider writes into its replies. */
    replyText: z.array(z.instanceof(RegExp)),
  }),
  endpoints: z.array(endpointSchema),
  policies: z.array(policyFactSchema),
});
export type Provider = z.infer<typeof providerSchema>;
