import { readFileSync } from "node:fs";
import { e2eRunDir, fixturesFile } from "./e2e-run-dir";

export type FixtureAddress = {
  name: string;
  mode: string | null;
  host: string;
  port: number;
  description: string;
};

/** The address of a fixture server started by global setup, by its name. */
export function fixtureServer(name: string): FixtureAddress {
  const fixtures = JSON.parse(readFileSync(fixturesFile(e2eRunDir()), "utf8")) as FixtureAddress[];
  const fixture = fixtures.find((candidate) => candidate.name === name);
  if (!fixture) {
    throw new Error(`no fixture named "${name}" (have: ${fixtures.map((f) => f.name).join(", ")})`);
  }
  return fixture;
}

/** A fixture server running in a given mode (servers started once per mode). */
export function fixtureServerMode(name: string, mode: string): FixtureAddress {
  const fixtures = JSON.parse(readFileSync(fixturesFile(e2eRunDir()), "utf8")) as FixtureAddress[];
  const fixture = fixtures.find((candidate) => candidate.name === name && candidate.mode === mode);
  if (!fixture) throw new Error(`no fixture "${name}" in mode "${mode}"`);
  return fixture;
}
