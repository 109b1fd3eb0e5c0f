import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "The tenant rejects Direct Send": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "direct-send-rejected",
    pattern: /Direct Send not allowed|RejectDirectSend|TenantInboundAttribution/i,
    confidence: 0.97,
    provider: "microsoft-365",
    example:
      "550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources",
    source: "https://help.salesforce.com/s/articleView?id=005133045",
  },
]);
