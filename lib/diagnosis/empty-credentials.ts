/**
 * A pasted transcript can show that the client signed in with nothing: AUTH PLAIN whose decoded
 * fields hold an empty username or password, or the literal "undefined" or "null" (an app passing
 * an unset setting, the commonest form of this mistake), or an empty answer to the server's
 * Username:/Password: challenge. That is the catalogue's credentials-missing, whatever the server
 * answered next ("535 Authentication failed", "Username and Password not accepted"). Only whether a
 * field is empty is read, never shown: a real password in the paste stays where it is.
 */

const EMPTY_VALUES = new Set(["", "undefined", "null"]);

function decodeBase64(text: string): string | null {
  try {
    return atob(text);
  } catch {
    return null;
  }
}

const AUTH_PLAIN = /\bAUTH PLAIN ([A-Za-z0-9+/]{4,}={0,2})(?![A-Za-z0-9+/=])/gi;
const AUTH_LOGIN_INITIAL = /\bAUTH LOGIN ([A-Za-z0-9+/]{4,}={0,2})(?![A-Za-z0-9+/=])/gi;
// PHPMailer's debug output: the server's Username:/Password: challenge, then what the client
// answered on its own line (empty, or an encoded "undefined").
const CHALLENGE_THEN_ANSWER =
  /\b334 (?:VXNlcm5hbWU6|UGFzc3dvcmQ6)[ \t]*\r?\n[^\n]*?CLIENT -> SERVER:[ \t]*([^\s]*)[ \t]*\r?$/gm;

/** What shows an empty sign-in, in a few words, or null. */
export function emptyCredentialsSent(text: string): string | null {
  for (const m of text.matchAll(AUTH_PLAIN)) {
    const fields = decodeBase64(m[1] ?? "")?.split("\0");
    if (fields?.length === 3 && (EMPTY_VALUES.has(fields[1] ?? "") || EMPTY_VALUES.has(fields[2] ?? "")))
      return "the client's AUTH PLAIN carries an empty or undefined username or password";
  }
  for (const m of text.matchAll(AUTH_LOGIN_INITIAL)) {
    const user = decodeBase64(m[1] ?? "");
    if (user !== null && EMPTY_VALUES.has(user))
      return "the client's AUTH LOGIN carries an empty or undefined username";
  }
  for (const m of text.matchAll(CHALLENGE_THEN_ANSWER)) {
    const answer = m[1] ?? "";
    const decoded = answer === "" ? "" : decodeBase64(answer);
    if (decoded !== null && EMPTY_VALUES.has(decoded))
      return "the client answered the server's login challenge with nothing";
  }
  return null;
}
