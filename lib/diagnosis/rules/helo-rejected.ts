import { defineRule } from "./define-rule";
import { replyWording } from "./helo-rejected.wording";
import { enhancedCode, replyCode, strongest, wording } from "./rule-helpers";

export const heloRejected = defineRule("helo-rejected", {
  cause: {
    group: "greeting",
    title: "The EHLO/HELO name was refused",
    meaning: "the EHLO/HELO name was refused: not a fully qualified name, does not resolve, forged",
    evidence: "501/550 … Helo command rejected, 5.7.506 Bad HELO",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["ehlo", "mail", "rcpt"],
  match: (e) =>
    strongest(
      wording(e, "helo-rejected"),
      enhancedCode(e, "helo-rejected"),
      replyCode(e, [501, 504, 550, 554], 0.55, ["ehlo"]),
    ),
  explain: () => ({
    explanation:
      'The server refused the name the device announced in EHLO/HELO: not a fully qualified name (e.g. "localhost" or a bare hostname), a name that does not resolve, or one that pretends to be someone else.',
    fix: "Set the device's host name/domain so it announces a fully qualified name that resolves (e.g. scanner.example.com), or send through an authenticated submission server, which usually accepts any name from a client that signs in.",
  }),
});
