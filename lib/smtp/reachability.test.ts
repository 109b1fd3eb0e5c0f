import assert from "node:assert/strict";
import { test } from "node:test";
import { reachableTargetsOf, unreachableBecause } from "./reachability";
import { DEFAULT_ALLOWED_PORTS, parseAllowTargets } from "./target-policy";

const publicOnly = reachableTargetsOf({ allowedPorts: DEFAULT_ALLOWED_PORTS, allowRanges: [] });

test("a private or loopback address is out of reach, said at the field with what to do instead", () => {
  for (const host of ["10.0.0.5", "192.168.1.20", "127.0.0.1", "[::1]", "fd00::25"]) {
    const why = unreachableBecause(host, 25, publicOnly);
    assert.match(why ?? "", /private network.*run the test on site/, host);
  }
  assert.equal(unreachableBecause("93.184.216.34", 587, publicOnly), null);
  // A name is judged by the server once resolved: nothing to say at the field.
  assert.equal(unreachableBecause("mail.example.com", 25, publicOnly), null);
  assert.match(unreachableBecause("93.184.216.34", 8025, publicOnly) ?? "", /ports 25, 465, 587, 2525 only/);
});

test("ranges the operator allows are reachable, on any port, as the server's guard has it", () => {
  const onSite = reachableTargetsOf({
    allowedPorts: DEFAULT_ALLOWED_PORTS,
    allowRanges: parseAllowTargets("10.0.0.0/8, 127.0.0.1"),
  });
  assert.deepEqual(onSite.allowRanges, ["10.0.0.0/8", "127.0.0.1/32"]);
  assert.equal(unreachableBecause("10.0.0.5", 25, onSite), null);
  assert.equal(unreachableBecause("127.0.0.1", 40025, onSite), null);
  assert.match(unreachableBecause("192.168.1.20", 25, onSite) ?? "", /private network/);
});
