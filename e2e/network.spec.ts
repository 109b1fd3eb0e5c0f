import { expect, test } from "@playwright/test";
import { E2E_SITE_IP } from "./fixtures/dns/e2e-zone";

test("the visitor's address comes from the socket, not from a client-sent header", async ({ request }) => {
  const response = await request.get("/api/network/visitor", {
    headers: { "x-forwarded-for": "6.6.6.6", "x-real-ip": "7.7.7.7", "x-smtp-doctor-peer": "8.8.8.8" },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ip: "127.0.0.1", checkable: false });
});

test("the site's IP: Spamhaus PBL listing decoded, cellular PTR hint, not in the domain's SPF", async ({
  request,
}) => {
  const response = await request.post("/api/network/check", {
    data: { ip: E2E_SITE_IP, senderDomain: "contoso.example" },
  });
  expect(response.status()).toBe(200);
  const { site, server } = await response.json();
  expect(site.network.describes).toBe("site");
  expect(site.listed.map((r: { listId: string }) => r.listId)).toEqual(["spamhaus-zen"]);
  expect(site.listed[0].answers[0].sublist).toBe("PBL");
  expect(site.ptr.hint.kind).toBe("cellular");
  expect(site.spf.result).toBe("fail");
  expect(server).toBeNull();
});

test("a private address is not checked", async ({ request }) => {
  const response = await request.post("/api/network/check", { data: { ip: "10.0.0.1" } });
  expect(response.status()).toBe(400);
  expect((await response.json()).error.issues[0].path).toBe("ip");
});
