import type { Evidence } from "../evidence";
import { REMOTE_BOUNCE } from "../remote-bounce";

/**
 * Postfix's "554 5.7.1 <rcpt>: Recipient address rejected: Access denied", and whose words they are.
 * Straight from the server a device talks to ("direct"), no restriction permitted the recipient
 * (permit_mynetworks, permit_sasl_authenticated, then reject): a relay refused to an unidentified
 * client. Quoted in a bounce ("bounce"), they came from the recipient's own server, which takes
 * mail for its domains from anyone: a recipient restriction (check_recipient_access, an Exim ACL).
 * Exchange Online says the same words with 550 5.4.1 for an unknown recipient, hence the code.
 */
export function postfixAccessDenied(e: Evidence): "direct" | "bounce" | null {
  if (!/Recipient address rejected: Access denied/i.test(e.words)) return null;
  if (e.code !== 554 && e.enhanced !== "5.7.1") return null;
  return REMOTE_BOUNCE.test(e.verbatim) ? "bounce" : "direct";
}
