import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, chown, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { getTestCertificates } from "../../e2e/fixtures/smtp/test-certificates";
import {
  dovecotConf,
  dovecotUsers,
  postfixMainCf,
  postfixMasterCf,
  SERVICE_NAMES,
  type ServiceName,
  SITE_HOSTNAME,
  type SitePaths,
  senderAccessTable,
  sitePaths,
} from "./real-site-config";

const run = promisify(execFile);

/** The Debian packages the suite runs, and the program that proves each is installed. */
const PACKAGES = [
  { name: "postfix", program: "/usr/sbin/postfix" },
  { name: "dovecot-core", program: "/usr/sbin/dovecot" },
  { name: "postgrey", program: "/usr/sbin/postgrey" },
] as const;

export const INSTALL_COMMAND =
  'echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections && ' +
  `DEBIAN_FRONTEND=noninteractive apt-get install -y ${PACKAGES.map((p) => p.name).join(" ")}`;

const STARTUP_MS = 15_000;
const STOP_MS = 5_000;

export type RealMailServers = {
  ports: Record<ServiceName, number>;
  postgreyPort: number;
  paths: SitePaths;
  /** Postfix's and Dovecot's logs so far, for failure messages. */
  logs(): Promise<string>;
  /** Stops every daemon (whole process groups) and removes the directory; safe to call twice. */
  stop(): Promise<void>;
};

/**
 * Why the suite cannot run here, or null. A missing package or a non-root user is a loud failure
 * with the fix, never a silent skip: CI runs as root with the packages installed by scripts/test.sh.
 */
export function whyRealServersCannotRun(): string | null {
  const missing = PACKAGES.filter((p) => !existsSync(p.program)).map((p) => p.name);
  if (missing.length > 0)
    return `Real mail server packages missing (${missing.join(", ")}). Install them with:\n  ${INSTALL_COMMAND}`;
  if (process.getuid?.() !== 0)
    return "The real mail server suite must run as root (Postfix's master needs it).";
  return null;
}

/**
 * Starts Dovecot (SASL), postgrey and one Postfix master with every service of the site, from a
 * fresh directory under the system temp dir, listening on 127.0.0.1 only. Resolves once every
 * port accepts connections and Dovecot's auth socket answers.
 */
export async function startRealMailServers(): Promise<RealMailServers> {
  const problem = whyRealServersCannotRun();
  if (problem) throw new Error(problem);

  const root = await mkdtemp(path.join(os.tmpdir(), "smtp-doctor-real-site-"));
  // Postfix's and Dovecot's unprivileged processes must traverse it.
  await chmod(root, 0o755);
  const paths = sitePaths(root);
  const daemons: ChildProcess[] = [];
  let stopped = false;
  const killAll = (signal: NodeJS.Signals) => {
    for (const d of daemons) killGroup(d, signal);
  };
  // If the test process dies without running its `after` hooks, take the daemons with it.
  const onExit = () => killAll("SIGKILL");
  process.once("exit", onExit);

  const servers: RealMailServers = {
    ports: {} as Record<ServiceName, number>,
    postgreyPort: 0,
    paths,
    logs: async () =>
      [
        `--- ${paths.maillog}\n${await readFile(paths.maillog, "utf8").catch(() => "(none)")}`,
        `--- ${paths.dovecotLog}\n${await readFile(paths.dovecotLog, "utf8").catch(() => "(none)")}`,
        ...daemons.map((d) => `--- ${d.spawnargs.join(" ")} (stderr)\n${outputOf(d)}`),
      ].join("\n"),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      killAll("SIGTERM");
      await Promise.all(daemons.map((d) => exited(d, STOP_MS)));
      // Postfix's master exits at once and leaves its children to die of the group's SIGTERM:
      // anything still in a group now is killed outright.
      killAll("SIGKILL");
      process.removeListener("exit", onExit);
      await rm(root, { recursive: true, force: true });
      // A SIGKILLed process takes a moment to die; one that outlives that is a leak worth failing on.
      const groups = daemons.flatMap((d) => (d.pid ? [d.pid] : []));
      let survivors = await liveGroupMembers(groups);
      for (const deadline = Date.now() + 2_000; survivors.length > 0 && Date.now() < deadline; ) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        survivors = await liveGroupMembers(groups);
      }
      if (survivors.length > 0) throw new Error(`daemons still running after stop: ${survivors.join(", ")}`);
    },
  };

  try {
    const [postgreyPort, ...servicePorts] = await freePorts(SERVICE_NAMES.length + 1);
    servers.postgreyPort = postgreyPort ?? 0;
    servers.ports = Object.fromEntries(
      SERVICE_NAMES.map((name, i) => [name, servicePorts[i] ?? 0]),
    ) as Record<ServiceName, number>;
    await writeSite(paths, servers.ports, servers.postgreyPort);
    // `postfix check` creates the queue's directories with the owners and modes Postfix wants.
    await run("/usr/sbin/postfix", ["-c", paths.config, "check"]);

    daemons.push(start("/usr/sbin/dovecot", ["-F", "-c", paths.dovecotConf]));
    daemons.push(
      start("/usr/sbin/postgrey", [
        `--inet=127.0.0.1:${servers.postgreyPort}`,
        `--dbdir=${paths.postgreyDb}`,
        "--delay=60",
        `--whitelist-clients=${paths.postgreyEmptyList}`,
        `--whitelist-recipients=${paths.postgreyEmptyList}`,
        `--hostname=${SITE_HOSTNAME}`,
      ]),
    );
    const daemonDirectory = (
      await run("/usr/sbin/postconf", ["-c", paths.config, "-h", "daemon_directory"])
    ).stdout.trim();
    daemons.push(start(path.join(daemonDirectory, "master"), ["-c", paths.config, "-d"]));

    const deadline = Date.now() + STARTUP_MS;
    await Promise.all([
      waitFor({ path: paths.authSocket }, deadline, daemons),
      waitFor({ port: servers.postgreyPort }, deadline, daemons),
      ...Object.values(servers.ports).map((port) => waitFor({ port }, deadline, daemons)),
    ]);
    return servers;
  } catch (error) {
    const logs = await servers.logs();
    await servers.stop();
    throw new Error(`${(error as Error).message}\n${logs}`);
  }
}

async function writeSite(paths: SitePaths, ports: Record<ServiceName, number>, postgreyPort: number) {
  const { trusted, selfSigned } = await getTestCertificates();
  const postfixUser = await idOf("postfix");
  const postgreyUser = await idOf("postgrey");
  // Dovecot's auth process reads the passwd-file as its unprivileged user.
  const dovecotUser = await idOf("dovecot");
  await Promise.all(
    [paths.config, paths.queue, paths.data, paths.dovecotBase, paths.dovecotState, paths.postgreyDb].map(
      (d) => mkdir(d),
    ),
  );
  await Promise.all([
    writeFile(path.join(paths.config, "main.cf"), postfixMainCf(paths)),
    writeFile(path.join(paths.config, "master.cf"), postfixMasterCf(ports, postgreyPort)),
    writeFile(path.join(paths.config, "sender_access"), senderAccessTable()),
    writeFile(path.join(paths.config, "key.pem"), trusted.key, { mode: 0o600 }),
    writeFile(path.join(paths.config, "cert.pem"), trusted.cert),
    writeFile(path.join(paths.config, "other-key.pem"), selfSigned.key, { mode: 0o600 }),
    writeFile(paths.dovecotConf, dovecotConf(paths)),
    writeFile(paths.users, dovecotUsers(), { mode: 0o600 }),
    writeFile(paths.postgreyEmptyList, ""),
    chown(paths.data, postfixUser.uid, postfixUser.gid),
    chown(paths.postgreyDb, postgreyUser.uid, postgreyUser.gid),
  ]);
  await chown(paths.users, dovecotUser.uid, dovecotUser.gid);
}

async function idOf(user: string): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run("id", ["-u", user]), run("id", ["-g", user])]);
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

const output = new WeakMap<ChildProcess, string[]>();
const outputOf = (d: ChildProcess) => (output.get(d) ?? []).join("").slice(-4_000);

/** Each daemon in the foreground, leader of its own process group so the whole tree can be killed. */
function start(program: string, args: string[]): ChildProcess {
  const child = spawn(program, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const chunks: string[] = [];
  output.set(child, chunks);
  child.stdout?.on("data", (c: Buffer) => chunks.push(c.toString()));
  child.stderr?.on("data", (c: Buffer) => chunks.push(c.toString()));
  child.on("error", (e) => chunks.push(`spawn failed: ${e.message}\n`));
  return child;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function exited(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Processes of these process groups that are still alive (zombies are dead: they only wait for
 * init to reap them), as "pid command". Linux only, like the daemons.
 */
async function liveGroupMembers(groups: number[]): Promise<string[]> {
  const live: string[] = [];
  for (const pid of await readdir("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so split after the last ")".
    const close = stat.lastIndexOf(")");
    const [state, , pgrp] = stat.slice(close + 2).split(" ");
    if (state !== "Z" && state !== "X" && groups.includes(Number(pgrp)))
      live.push(`${pid} ${stat.slice(stat.indexOf("(") + 1, close)}`);
  }
  return live;
}

/** Ports the kernel hands out now; held open together so no two are the same. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const s = net.createServer();
          s.once("error", reject);
          s.listen(0, "127.0.0.1", () => resolve(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/** Polls until a connection succeeds: there is no other readiness signal from these daemons. */
async function waitFor(
  target: { port: number } | { path: string },
  deadline: number,
  daemons: ChildProcess[],
) {
  const what = "port" in target ? `127.0.0.1:${target.port}` : target.path;
  for (;;) {
    const dead = daemons.find((d) => d.exitCode !== null || d.signalCode !== null);
    if (dead)
      throw new Error(
        `${dead.spawnargs[0]} exited (${dead.exitCode ?? dead.signalCode}) while waiting for ${what}`,
      );
    if (await connects(target)) return;
    if (Date.now() > deadline) throw new Error(`${what} did not accept connections within ${STARTUP_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function connects(target: { port: number } | { path: string }): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = "port" in target ? net.connect(target.port, "127.0.0.1") : net.connect(target.path);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
