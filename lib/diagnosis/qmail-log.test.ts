import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "./analyze-text";
import { unfoldQmailLog } from "./qmail-log";

// KEI.pl's help page on bounces (https://www.kei.pl/pomoc/wiadmosc-zwrotna/): a bilingual qmail
// failure as its log and bounce show it, wrapped where the page wrapped it.
const KEI = [
  "failure: 203.0.113.5_does_not_like_recipient./Remote_host_said:_/",
  "_Zdalny_host_odpowiedzial:_500_No_such_user/Giving_up_on_203.0.113.5.",
].join("\n");

test("qmail's logged reply reads as the server wrote it: spaces and line breaks come back", () => {
  const plain = unfoldQmailLog(KEI);
  assert.ok(plain);
  assert.match(plain, /Remote host said: \n/);
  assert.match(plain, /\n Zdalny host odpowiedzial: 500 No such user\nGiving up on 203\.0\.113\.5\./);
});

test("the reply code and words inside a qmail log decide the cause; the evidence stays as pasted", () => {
  const d = analyzeText(KEI);
  assert.equal(d.rootCause.id, "recipient-unknown");
  assert.equal(d.codes.code, 500);
});

test("a URL in a logged reply keeps its slashes, and text without qmail's phrases is untouched", () => {
  const logged =
    "deferral: Connected_to_203.0.113.9_but_sender_was_rejected./Remote_host_said:_421_see_http://postmaster.example.net/why/";
  assert.match(unfoldQmailLog(logged) ?? "", /see http:\/\/postmaster\.example\.net\/why\//);
  for (const text of ["550_No_such_user", "a/b_c_d", "Connection refused"]) {
    assert.equal(unfoldQmailLog(text), null);
  }
});
