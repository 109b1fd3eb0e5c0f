import { defineRule } from "./define-rule";
import { replyWording } from "./message-too-large.wording";
import { enhancedCode, replyCode, strongest, wording } from "./rule-helpers";

export const messageTooLarge = defineRule("message-too-large", {
  cause: {
    group: "policy",
    title: "The message is too large",
    meaning: "the message is bigger than the server accepts",
    evidence: "552 5.3.4",
  },
  settingsCanFix: false,
  persistence: "permanent",
  wording: replyWording,
  stages: ["mail", "data"],
  match: (e) =>
    strongest(
      wording(e, "message-too-large"),
      enhancedCode(e, "message-too-large"),
      // Just under the root-cause threshold: 552 after DATA is "exceeded storage allocation", most
      // often the size, but servers also use it for content refusals.
      replyCode(e, [552], 0.38, ["data"]),
    ),
  explain: (e) => {
    // Our own test message is a few hundred bytes: refusing it is the server's limit, not the scan.
    if (e.source === "probe" && e.stage === "data") {
      const size = e.probe?.stages
        .map((s) => s.facts.ehloAfterTls?.size ?? s.facts.ehlo?.size)
        .find((n) => n);
      return {
        explanation: `The server refused SMTP Doctor's test message, which is only a few hundred bytes${size ? `; it announces a size limit of ${size.toLocaleString("en")} bytes` : ""}. No scan setting can fit under that: the limit on the server is set too low.`,
        fix: "Ask the server's administrator to raise its message size limit (Postfix: message_size_limit; Exchange: the connector's or mailbox's maximum message size) to at least 25 MB; attachments grow by about a third when encoded for email.",
      };
    }
    // A limit on the header block (Apache James, Exchange's header size limit): no scan setting helps.
    if (/\bheaders? (?:size|block)\b|\bheaders? (?:is |are )?too (?:large|big|long)\b/i.test(e.words))
      return {
        explanation:
          "The message's header block is bigger than the server accepts: a very long recipient list, many added lines from forwarding (a mail loop), or large custom headers.",
        fix: "Send to fewer recipients per message and check for a forwarding loop; the server's admin can raise its header size limit.",
      };
    return {
      explanation:
        "The message is bigger than the server accepts (attachments grow by about a third when encoded for email).",
      fix: "Lower the scan resolution or colour depth, split large scans, or scan to a shared folder and send a link.",
    };
  },
});
