import { authenticate, chooseMechanism } from "./authenticate";
import { certificateVerifies } from "./describe-tls";
import { parseReply } from "./parse-reply";
import { ProbeError } from "./probe-errors";
import type { ProbeRun } from "./probe-run";
import type { EhloFacts } from "./probe-schema";

/**
 * Stage 7: AUTH, only with credentials. The password is sent only over an encrypted connection
 * whose certificate verifies (or that the user explicitly accepted), and only to a server that
 * offers AUTH; each refusal to send is reported as the reason. Never retried.
 */
export async function authStage(run: ProbeRun, ehlo: EhloFacts): Promise<boolean> {
  const { input, recorder } = run;
  const credentials = input.credentials;
  const session = run.session;
  if (!credentials) {
    recorder.skip("auth", "No authentication in these settings");
    return true;
  }
  if (!session) throw new ProbeError("EINTERNAL", "auth stage without a session");
  recorder.start("auth");
  const withheld = (err: ProbeError) => {
    run.fail(err, "auth", null, { credentialsSent: false });
    return false;
  };
  if (!session.secure) {
    return withheld(
      new ProbeError(
        "ENOTLS",
        "Authentication is on but the connection is not encrypted: the password was not sent",
      ),
    );
  }
  const verified = run.tlsFacts ? certificateVerifies(run.tlsFacts) : false;
  if (!verified && !input.allowUntrustedCert) {
    return withheld(
      new ProbeError("ECERT", "The server's certificate did not verify, so the password was not sent"),
    );
  }
  if (ehlo.authMechanisms.length === 0) {
    return withheld(
      new ProbeError(
        "ENOAUTH",
        "The server does not offer AUTH on this connection: the password was not sent",
      ),
    );
  }
  const mechanism = chooseMechanism(credentials, ehlo.authMechanisms);
  if (!mechanism) {
    return withheld(
      new ProbeError(
        "EAUTH",
        `The server offers ${ehlo.authMechanisms.join(", ")}, none of which fits these credentials`,
      ),
    );
  }
  const reply = parseReply(await authenticate(session, mechanism, credentials));
  if (reply.code !== 235) {
    run.fail(new ProbeError("EAUTH", "Login refused"), "auth", reply, { mechanism, credentialsSent: true });
    return false;
  }
  recorder.finish("auth", {
    status: "ok",
    summary: `Logged in as ${credentials.username} with ${mechanism}`,
    reply,
    facts: { mechanism, credentialsSent: true },
  });
  return true;
}
