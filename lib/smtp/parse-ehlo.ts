import type { EhloFacts, Reply } from "./probe-schema";

/** Reads the extensions out of an EHLO (or HELO) reply. */
export function parseEhlo(reply: Reply, usedHelo = false): EhloFacts {
  const [first = "", ...rest] = reply.text.split("\n");
  const extensions = usedHelo ? [] : rest.map((line) => line.trim()).filter((line) => line.length > 0);
  const keywords = extensions.map((ext) => ext.split(/[\s=]+/)[0]?.toUpperCase() ?? "");
  const authMechanisms = new Set<string>();
  for (const ext of extensions) {
    const match = /^AUTH[\s=]+(.*)$/i.exec(ext);
    if (match?.[1]) {
      for (const mech of match[1].split(/[\s=]+/)) if (mech) authMechanisms.add(mech.toUpperCase());
    }
  }
  const sizeExt = extensions.find((ext) => /^SIZE\b/i.test(ext));
  const sizeValue = sizeExt ? Number(sizeExt.split(/\s+/)[1]) : Number.NaN;
  return {
    serverName: first.split(/\s+/)[0] ?? "",
    extensions,
    authMechanisms: [...authMechanisms],
    starttls: keywords.includes("STARTTLS"),
    pipelining: keywords.includes("PIPELINING"),
    size: Number.isFinite(sizeValue) ? sizeValue : null,
    usedHelo,
  };
}
