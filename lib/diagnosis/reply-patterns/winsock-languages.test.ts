import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../analyze-text";
import { WINSOCK_MESSAGES } from "./winsock-languages";

const CAUSE = {
  WSAECONNREFUSED: "connect-refused",
  WSAETIMEDOUT: "connect-timeout",
  WSAECONNRESET: "connection-reset",
  WSAECONNABORTED: "connection-reset",
  WSAHOST_NOT_FOUND: "dns-not-found",
  WSATRY_AGAIN: "dns-failure",
} as const;

test("Windows' socket errors read the same in every language collected, bare, inside a .NET exception and wrapped across lines", () => {
  const wrong: string[] = [];
  for (const [error, texts] of Object.entries(WINSOCK_MESSAGES)) {
    const cause = CAUSE[error as keyof typeof CAUSE];
    for (const { lang, text } of texts) {
      for (const pasted of [
        `${text}.`,
        `System.Net.Sockets.SocketException (${error}): ${text}.`,
        `OSError: ${text.replace(/ /g, "\n")}`,
      ]) {
        const got = analyzeText(pasted).rootCause.id;
        if (got !== cause) wrong.push(`${error} ${lang}: ${got} for ${JSON.stringify(pasted)}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

test("a reply whose words only share the opening with another error is not read as it", () => {
  // Italian Windows opens both WSAECONNREFUSED and WSAETIMEDOUT with "Impossibile stabilire la
  // connessione."; what follows decides.
  const refused = analyzeText(
    "ConnectionRefusedError: [WinError 10061] Impossibile stabilire la connessione. Rifiuto persistente del computer di destinazione",
  );
  assert.equal(refused.rootCause.id, "connect-refused");
  const timedOut = analyzeText(
    "Impossibile stabilire la connessione. Risposta non corretta della parte connessa dopo l'intervallo di tempo oppure mancata risposta dall'host collegato",
  );
  assert.equal(timedOut.rootCause.id, "connect-timeout");
});
