import assert from "node:assert/strict";
import { test } from "node:test";
import { providerIdSchema, providerSchema } from "../provider-schema";
import { knownProviders, providerById } from "./index";

test("every provider parses, ids are unique, and every id has an entry", () => {
  for (const provider of knownProviders) providerSchema.parse(provider);
  const ids = knownProviders.map((p) => p.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of providerIdSchema.options) assert.equal(providerById(id).id, id);
});

test("every endpoint and policy carries a source; policies carry a date", () => {
  for (const provider of knownProviders) {
    for (const endpoint of provider.endpoints)
      assert.ok(endpoint.sources.length > 0, `${provider.id}/${endpoint.id}`);
    for (const policy of provider.policies) assert.match(policy.asOf, /^\d{4}-\d{2}-\d{2}$/, policy.id);
  }
});

test("Microsoft 365: submission on 587 STARTTLS, MX and HVE internal-only, dated Basic-auth timeline", () => {
  const m365 = providerById("microsoft-365");
  const endpoint = (id: string) => m365.endpoints.find((e) => e.id === id);
  assert.deepEqual(
    [endpoint("submission")?.host, endpoint("submission")?.port, endpoint("submission")?.security],
    ["smtp.office365.com", 587, "starttls"],
  );
  assert.ok(endpoint("submission")?.limits.some((l) => /465 is not supported/.test(l)));
  assert.equal(endpoint("direct-send")?.recipients, "internal-only");
  assert.equal(endpoint("hve")?.host, "smtp-hve.office365.com");
  assert.equal(endpoint("hve")?.recipients, "internal-only");
  assert.equal(endpoint("legacy-tls")?.host, "smtp-legacy.office365.com");
  const timeline = m365.policies.find((p) => p.id === "basic-auth-smtp-timeline");
  assert.equal(timeline?.asOf, "2026-01-27");
  assert.match(timeline?.statement ?? "", /end of December 2026.*off by default for existing tenants/);
  assert.match(timeline?.statement ?? "", /second half of 2027/);
  assert.ok(m365.policies.some((p) => /5\.7\.68/.test(p.statement)));
});

test("Google Workspace: smtp.gmail.com, smtp-relay.gmail.com and aspmx for Google recipients only", () => {
  const google = providerById("google-workspace");
  const hosts = google.endpoints.map((e) => `${e.host}:${e.port}`);
  assert.ok(hosts.includes("smtp.gmail.com:587"));
  assert.ok(hosts.includes("smtp.gmail.com:465"));
  assert.ok(google.endpoints.some((e) => e.host === "smtp-relay.gmail.com"));
  assert.equal(google.endpoints.find((e) => e.host === "aspmx.l.google.com")?.recipients, "provider-only");
});
