/**
 * qmail-send writes a remote server's reply into its log (and qmail bounces quoting the log) with
 * every space turned into "_" and every line break into "/":
 *
 *   delivery 12: failure: 203.0.113.5_does_not_like_recipient./Remote_host_said:_550_No_such_user/Giving_up_on_203.0.113.5./
 *
 * Read that way, the reply code and the server's words are invisible: "550_No_such_user" is one
 * token. This gives the text back as the server wrote it, for the analysis only; evidence shown to
 * people stays as pasted. Only runs that carry qmail's own log phrases are rewritten, and a URL in
 * them keeps its slashes.
 */

// qmail-remote's own phrases, as they appear in the log with spaces turned into "_".
const QMAIL_MARKER =
  /(?:Remote_host_said:|_does_not_like_(?:recipient|sender)\.|Giving_up_on_|Connected_to_[\d.]+_but_|Sorry,_I_couldn't)/;
// A whitespace-free run with at least two underscores: one logged line (or the part before a wrap).
const LOGGED_RUN = /\S*_\S*_\S*/g;
const URL = /^(?:https?:\/\/|www\.)/i;

function unfoldRun(run: string): string {
  return run
    .split("_")
    .map((word) => (URL.test(word) ? word : word.replace(/\//g, "\n")))
    .join(" ");
}

/** The text with qmail's logged replies unfolded, or null when it holds none. */
export function unfoldQmailLog(text: string): string | null {
  if (!QMAIL_MARKER.test(text)) return null;
  return text.replace(LOGGED_RUN, unfoldRun);
}
