import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { deviceFamilies } from "../../providers/devices/device-families";
import { CAUSES } from "../causes";
import {
  type DeviceCodeEntry,
  deviceCodeEntrySchema,
  MAX_DEVICE_CODE_CONFIDENCE,
} from "./device-code-schema";
import { DEVICE_CODE_SHAPES, MAKER_WORDS } from "./device-code-shapes";
import { deviceCodes } from "./device-codes";
import { canonicalDeviceCode, createDeviceCodeReader, readDeviceCode } from "./read-device-code";

const FAMILY_IDS = new Set(deviceFamilies.map((family) => family.id));
const MAKE_OF = new Map(deviceFamilies.map((family) => [family.id, family.make.split(" ")[0] ?? family.id]));

test("every documented code parses, names a real cause, and cites its maker's page", () => {
  const causes = new Set<string>(CAUSES.map((cause) => cause.id));
  const keys = new Set<string>();
  for (const entry of deviceCodes) {
    deviceCodeEntrySchema.parse(entry);
    if (entry.cause)
      assert.ok(causes.has(entry.cause), `${entry.vendor} ${entry.code}: cause ${entry.cause}`);
    assert.ok(entry.confidence <= MAX_DEVICE_CODE_CONFIDENCE, `${entry.vendor} ${entry.code}: confidence`);
    const key = `${entry.vendor} ${canonicalDeviceCode(entry.vendor, entry.code)}`;
    assert.ok(!keys.has(key), `duplicate ${key}`);
    keys.add(key);
  }
});

test("every documented code is found by a shape of its maker (else the entry could never be read)", () => {
  for (const entry of deviceCodes) {
    const make = MAKE_OF.get(entry.vendor);
    const found = [
      `${make}: ${entry.code}`,
      `${make} send error ${entry.code}`,
      `${make} error code ${entry.code}`,
    ]
      .map((text) => readDeviceCode(text))
      .some((reading) => reading?.documented && reading.vendor === entry.vendor);
    assert.ok(found, `${entry.vendor} ${entry.code}`);
  }
});

test("the entry schema refuses what a documented code may not claim", () => {
  const good: DeviceCodeEntry = {
    vendor: "canon",
    code: "#801",
    meaning: "A meaning of at least ten characters.",
    cause: null,
    confidence: 0.5,
    source: "https://example.com/manual/error-codes",
  };
  assert.ok(deviceCodeEntrySchema.safeParse(good).success);
  const bad: [string, Record<string, unknown>][] = [
    ["more sure than a panel code can be", { confidence: 0.8 }],
    ["a maker that is not a device family", { vendor: "acme" }],
    ["no cause dressed up as one", { cause: "unrecognised" }],
    ["a cause id that does not exist", { cause: "printer-on-fire" }],
    ["a source that is not a link", { source: "the manual" }],
  ];
  for (const [why, change] of bad) {
    assert.equal(deviceCodeEntrySchema.safeParse({ ...good, ...change }).success, false, why);
  }
});

test("every maker a shape or a name belongs to is a device family", () => {
  for (const { vendor } of MAKER_WORDS) assert.ok(FAMILY_IDS.has(vendor), vendor);
  for (const { id, owner } of DEVICE_CODE_SHAPES) {
    const vendors =
      owner.kind === "with-maker" ? (owner.vendors === "any" ? [] : owner.vendors) : [owner.vendor];
    for (const vendor of vendors) assert.ok(FAMILY_IDS.has(vendor), `${id}: ${vendor}`);
  }
});

// Test data, not claims: made-up meanings that exercise the documented path of the reader.
const FIXTURE: readonly DeviceCodeEntry[] = [
  {
    vendor: "canon",
    code: "#0801",
    meaning: "Fixture: a Canon send error whose meaning names SMTP authentication.",
    cause: "auth-failed",
    confidence: 0.6,
    source: "https://example.com/fixture/canon",
  },
  {
    vendor: "kyocera",
    code: "1101",
    meaning: "Fixture: a Kyocera send error whose meaning decides no cause.",
    cause: null,
    confidence: 0.4,
    source: "https://example.com/fixture/kyocera",
  },
  {
    vendor: "sharp",
    code: "CE-04",
    meaning: "Fixture: a Sharp communication error about the server name.",
    cause: "dns-not-found",
    confidence: 0.55,
    source: "https://example.com/fixture/sharp",
  },
];
const readFixture = createDeviceCodeReader(FIXTURE);

test("documented codes are read out of panel and log text, with the maker's meaning", () => {
  const cases: [string, string, string, string | null][] = [
    [
      "Canon iR-ADV C5535i\nSend Job Log\n0012  E-mail  scan@example.com  NG  #801",
      "canon",
      "#0801",
      "auth-failed",
    ],
    ["Error Code: #0801 (Check the settings of the SMTP server.)", "canon", "#0801", "auth-failed"],
    ["KYOCERA TASKalfa 3253ci - Job Log: Send error 1101", "kyocera", "1101", null],
    ["TASKalfa 4054ci: Error 1101", "kyocera", "1101", null],
    ["SHARP MX-3071 Image Send: Transmission failed (CE-04)", "sharp", "CE-04", "dns-not-found"],
  ];
  for (const [text, vendor, code, cause] of cases) {
    const reading = readFixture(text);
    assert.ok(reading?.documented, text);
    assert.equal(reading.vendor, vendor, text);
    assert.equal(reading.code, code, text);
    assert.equal(reading.cause, cause, text);
    assert.ok(reading.confidence <= MAX_DEVICE_CODE_CONFIDENCE);
    assert.match(reading.source, /^https:/);
  }
  // A documented code later in the text outranks an undocumented one before it.
  const mixed = readFixture("#752 first, then after a retry: #801");
  assert.equal(mixed?.documented && mixed.code, "#0801");
  // The same number is another maker's code: not Canon's meaning.
  assert.deepEqual(readFixture("KYOCERA ECOSYS M2540dn Send error 0801"), null);
  assert.deepEqual(readFixture("Sharp: send error 1101"), { documented: false, vendor: null, code: "1101" });
});

test("codes of a maker's shape that no table documents are the device's own code", () => {
  const cases: [string, string | null, string][] = [
    ["Canon imageRUNNER ADVANCE DX 4745i: Error Code #852", "canon", "#852"],
    ["#0752", "canon", "#752"],
    ["Could not send. #753", "canon", "#753"],
    ["Job result: NG  CE-02", "sharp", "CE-02"],
    ["Send error 2101", null, "2101"],
    ["Sending error: (3101)", null, "3101"],
    ["KYOCERA TASKalfa 3253ci  Send error 4803", "kyocera", "4803"],
    ["ECOSYS M3655idn\nError 1102", "kyocera", "1102"],
    ["Xerox VersaLink C405: Fault 016-506", "xerox", "016-506"],
    ["027-500", "xerox", "027-500"],
    ["Xerox WorkCentre 7845 shows 024-742", "xerox", "024-742"],
    ["RICOH IM C3000: error code SC899", "ricoh", "SC899"],
    ["Konica Minolta bizhub C458, status code: 4702", "konica-minolta", "4702"],
    ["HP LaserJet MFP M528: error code 30.01.43 (not read), then error code 8021", "hp", "8021"],
  ];
  for (const [text, vendor, code] of cases) {
    assert.deepEqual(readDeviceCode(text), { documented: false, vendor, code }, text);
  }
});

test("look-alikes that are not a device's code answer nothing", () => {
  for (const text of [
    "Error 1102",
    "KYOCERA: 535 5.7.3 Authentication unsuccessful (error code: 535)",
    "Sharp MX-4070N: 421 4.7.0 Try again later, closing connection. Error code 421",
    "PS4 error CE-30005-8",
    "connect to mail-ce-01.example.com[192.0.2.1]:25: Connection timed out",
    "mx CE-01.example.com refused",
    "&#801; is not a code",
    "https://community.mimecast.com/docs/DOC-1369#550",
    "WinSock error #10013]",
    "Error code: 1234 from relay.hp.com",
    "Socket error code 10060: timeout error waiting for response",
    "phone 020-555-0100",
    "version 016-506.2 of the firmware",
  ]) {
    assert.equal(readDeviceCode(text), null, text);
  }
});

// Corpus entries that are a device's own panel code, not a server reply: each must be read as one.
const PANEL_CODES_IN_CORPUS = new Set(["b22-b22a-device-kyocera-send-error-1102"]);

test("no device code is read in any server reply of the diagnosis corpus", () => {
  const dir = new URL("../testdata/", import.meta.url);
  const hits: string[] = [];
  let replies = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".jsonl"))) {
    for (const line of readFileSync(new URL(file, dir), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const { id, reply } = JSON.parse(line) as { id: string; reply: string };
      replies += 1;
      const reading = readDeviceCode(reply);
      if (PANEL_CODES_IN_CORPUS.has(id)) assert.ok(reading, `${id} is a panel code`);
      else if (reading) hits.push(`${file} ${id}: ${JSON.stringify(reading)}`);
    }
  }
  assert.ok(replies > 800, `only ${replies} replies read`);
  assert.deepEqual(hits, []);
});

test("a long hostile paste is read in linear time", () => {
  const pieces = ["send error", " \t", "#0", "CE-0", "016-", "error code ", "Kyocera ", "#", "-"];
  const text = Array.from({ length: 64_000 }, (_, i) => pieces[i % pieces.length]).join("");
  const started = performance.now();
  readDeviceCode(text);
  readDeviceCode(`send error${" ".repeat(64_000)}x`);
  readDeviceCode(`${"Kyocera ".repeat(8_000)}error 1102`);
  assert.ok(performance.now() - started < 1_000, "took longer than a second");
});
