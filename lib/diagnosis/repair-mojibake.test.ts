import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "./analyze-text";
import { repairMojibake } from "./repair-mojibake";

test("GBK bytes printed by Python, or read as Latin-1, read again as the server wrote them", () => {
  assert.equal(
    repairMojibake(
      "(535, b'Error: \\xc7\\xeb\\xca\\xb9\\xd3\\xc3\\xca\\xda\\xc8\\xa8\\xc2\\xeb\\xb5\\xc7\\xc2\\xbc\\xa1\\xa3')",
    ),
    "(535, b'Error: 请使用授权码登录。')",
  );
  assert.equal(repairMojibake("535 Error: ÇëÊ¹ÓÃÊÚÈ¨ÂëµÇÂ¼"), "535 Error: 请使用授权码登录");
  // UTF-8 read as Latin-1.
  assert.equal(
    repairMojibake("Échec de l'authentification: mot de passe refusÃ©Ã©"),
    "Échec de l'authentification: mot de passe refuséé",
  );
});

test("text that is already right, or bytes that are not text, is left alone", () => {
  assert.equal(repairMojibake("535 5.7.8 Username and Password not accepted"), null);
  assert.equal(repairMojibake("Fehler: Authentifizierung fehlgeschlagen für Müller"), null);
  assert.equal(repairMojibake("key=\\x00\\x01\\x02\\x03"), null);
});

test("the analysis reads the repaired words; the evidence stays as pasted", () => {
  const pasted =
    "smtplib.SMTPAuthenticationError: (535, b'Error: \\xc7\\xeb\\xca\\xb9\\xd3\\xc3\\xca\\xda\\xc8\\xa8\\xc2\\xeb\\xb5\\xc7\\xc2\\xbc\\xa1\\xa3')";
  const d = analyzeText(pasted);
  assert.equal(d.rootCause.id, "auth-app-password-required");
  assert.ok(JSON.stringify(d).includes("\\\\xc7\\\\xeb"), "the verbatim evidence keeps the bytes as pasted");
});
