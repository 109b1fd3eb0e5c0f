import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { POSTFIX } from "../reply-patterns/sources";

/**
 * How servers and client libraries word "The destination's mail routing is broken": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording: readonly ReplyPattern[] = [
  // Routing
  {
    cause: "routing-error",
    pattern:
      /null ?MX|does not accept mail|loops back to myself|mail (?:forwarding )?loop|Hop count exceeded|too many hops/i,
    confidence: 0.92,
    example: "Domain example.org does not accept mail (nullMX)",
    source: `${POSTFIX}/../dns/dns_lookup.c`,
  },

  {
    cause: "routing-error",
    pattern:
      /\bNull ?MX\b|doesn't receive email according to the administrator|remote host address is the local host|loops back to myself|mail loop(?:s)? detected|too many hops|hop count exceeded/i,
    confidence: 0.93,
    example: "The domain example.org doesn't receive email according to the administrator: returned Null MX",
    source:
      "https://github.com/sisimai/set-of-emails/issues/4; https://github.com/diyan/mailhog-docker/issues/2; RFC 7505 (null MX)",
  },
  {
    cause: "routing-error",
    pattern: /MX record points to local host|MX records point to non-existent hosts/i,
    confidence: 0.9,
    example: "lowest numbered MX record points to local host",
    source: "Exim/exim src/src/routers/rf_self_action.c; Exim/exim src/src/routers/dnslookup.c",
  },
];
