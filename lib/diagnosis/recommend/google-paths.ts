import { googleWorkspace } from "../../providers/known/google-workspace";
import type { CauseId } from "../causes";
import type { DiagnosisContext } from "../diagnosis-context";
import type { SendingPath } from "../diagnosis-schema";
import { pathFromEndpoint, ranked } from "./path-from-endpoint";

const LSA = googleWorkspace.policies.find((p) => p.id === "less-secure-apps-off");

/** Google's three device paths: smtp.gmail.com (app password/OAuth), the Workspace relay, aspmx. */
export function googlePaths(context: DiagnosisContext, root: CauseId): SendingPath[] {
  const endpoint = (id: string) => googleWorkspace.endpoints.find((e) => e.id === id);
  const [gmail, gmailTls, relay, aspmx] = [
    "gmail-submission",
    "gmail-submission-tls",
    "smtp-relay",
    "restricted-aspmx",
  ].map(endpoint);
  const paths: SendingPath[] = [];
  if (gmail) paths.push(pathFromEndpoint(gmail, LSA ? [`As of ${LSA.asOf}: ${LSA.statement}`] : []));
  if (gmailTls) paths.push(pathFromEndpoint(gmailTls));
  if (relay)
    paths.push(
      pathFromEndpoint(
        relay,
        context.staticIp === false
          ? [
              "IP allow-listing needs a static IP: the site has none today; use SMTP AUTH over TLS on the relay instead.",
            ]
          : [],
      ),
    );
  if (aspmx && context.recipients !== "external" && root !== "ip-blocklisted")
    paths.push(pathFromEndpoint(aspmx));
  return ranked(paths);
}
