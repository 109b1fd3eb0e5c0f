import assert from "node:assert/strict";
import { test } from "node:test";
import { deviceFamilies, findDeviceFamily } from "./device-families";
import { deviceFamilySchema } from "./device-schema";

test("device families parse, ids are unique, every family that states a fact cites a public source", () => {
  for (const family of deviceFamilies) {
    deviceFamilySchema.parse(family);
    const statesFacts =
      family.oauth2 !== "unknown" ||
      family.legacyTlsOnlyFirmware !== "unknown" ||
      Object.values(family.labels).some((label) => label !== null);
    assert.ok(!statesFacts || family.sources.length > 0, family.id);
    // A source a user can look up: the public site (a domain) or the vendor's published manual.
    for (const source of family.sources)
      assert.match(source, /\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\b|\bmanuals?\b/i, family.id);
  }
  const ids = deviceFamilies.map((f) => f.id);
  assert.equal(new Set(ids).size, ids.length);
});

test("the ten families the product names are all present", () => {
  for (const make of [
    "Sharp",
    "Ricoh",
    "Canon",
    "Xerox",
    "HP",
    "Konica Minolta",
    "Kyocera",
    "Brother",
    "Epson",
    "Lexmark",
  ]) {
    assert.ok(
      deviceFamilies.some((f) => f.make.startsWith(make)),
      make,
    );
  }
});

test("families without sourced facts say unknown instead of guessing", () => {
  for (const id of ["konica-minolta", "kyocera", "epson", "lexmark"]) {
    const family = deviceFamilies.find((f) => f.id === id);
    assert.equal(family?.oauth2, "unknown", id);
    assert.equal(family?.labels.server, null, id);
  }
});

test("find a family from what a user types", () => {
  const rows: [string, string | null][] = [
    ["Sharp MX-3071", "sharp"],
    ["imageRUNNER ADVANCE C5535i", "canon"],
    ["bizhub C300i", "konica-minolta"],
    ["TASKalfa 3554ci", "kyocera"],
    ["Brother MFC-L8900CDW", "brother"],
    ["some printer", null],
    ["", null],
  ];
  for (const [text, id] of rows) assert.equal(findDeviceFamily(text)?.id ?? null, id, text);
});
