import { defineRule } from "./define-rule";
import { codeAsShown, probeError, strongest, wording } from "./rule-helpers";
import { replyWording } from "./session-timeout.wording";

export const sessionTimeout = defineRule("session-timeout", {
  cause: {
    group: "reaching",
    title: "The server timed out the session",
    meaning: "the server gave up waiting for the client mid-session",
    evidence: "421 … command timeout, 451 4.7.0 Timeout waiting for client input",
  },
  settingsCanFix: false,
  persistence: "temporary",
  wording: replyWording,
  stages: ["ehlo", "auth", "mail", "rcpt", "data"],
  match: (e) =>
    strongest(
      wording(e, "session-timeout"),
      // The server's own 421 naming a timeout: it was connected and gave up on the session, so
      // "421 4.4.2 Connection timed out" outweighs the client's "Connection timed out" (connect-timeout).
      // Not sendmail's "421 … Deferred: Connection timed out with …" (its own failed connect), nor a
      // timeout of the server's back end ("Downstream server timeout", "Promise timed out").
      e.code === 421 &&
        /time[- ]?out|timed out/i.test(e.words) &&
        !/\bDeferred: Connection timed out\b/i.test(e.words) &&
        !/\b(?:downstream|upstream|backend|back-end|promise)\b[^.;]{0,20}\btime/i.test(e.words) && {
          confidence: 0.88,
          signal: `${codeAsShown(e)} with a timeout`,
        },
      e.stage !== "greeting" && probeError(e, ["EDEADLINE"], 0.45),
    ),
  explain: (e) => {
    if (e.errorCode === "EDEADLINE")
      // Our own run time limit ran out: the server was slow, nothing was refused.
      return {
        explanation:
          "The test ran out of its time limit while waiting for the server: the server answered too slowly (deliberate delays for this IP, called tarpitting, an overloaded server, or a firewall holding the data). Nothing here shows a wrong setting on the device.",
        fix: "Retry later. If the server is this slow every time, ask its admin or the provider whether it delays this IP on purpose, and check for SMTP inspection on the firewall in between.",
      };
    if (e.source === "probe")
      // SMTP Doctor does not pause between commands, so a server that gives up on it mid-session
      // has a very short timeout or something in between holds the data.
      return {
        explanation:
          "The server gave up waiting in the middle of the conversation although the test sent each command at once: something in between (an inspecting firewall that buffers the data) held it back, or the server's timeout is very short.",
        fix: "Retry; if it repeats, check for SMTP inspection on the firewall and ask the server's admin about its session timeout.",
      };
    return {
      explanation:
        "The server gave up waiting for the client in the middle of the conversation. Devices that pause long between commands (slow scans, large attachments on slow links) or inspecting firewalls that buffer data cause this.",
      fix: "Retry; if it repeats, check for SMTP inspection on the firewall, reduce scan size/resolution, and update the device firmware.",
    };
  },
});
