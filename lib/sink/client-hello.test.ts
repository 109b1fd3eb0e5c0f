import assert from "node:assert/strict";
import { createServer, type Socket } from "node:net";
import { test } from "node:test";
import tls from "node:tls";
import { parseClientHello } from "./client-hello";

/** The first bytes a real Node TLS client sends, with the given version range. */
async function realClientHello(options: tls.ConnectionOptions): Promise<Buffer> {
  let resolveHello: (hello: Buffer) => void = () => {};
  const hello = new Promise<Buffer>((resolve) => {
    resolveHello = resolve;
  });
  const server = createServer((socket: Socket) => {
    socket.once("data", (chunk: Buffer) => {
      resolveHello(chunk);
      socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  const client = tls.connect({ host: "127.0.0.1", port, servername: "smtp.example.com", ...options });
  client.on("error", () => {});
  try {
    return await hello;
  } finally {
    client.destroy();
    server.close();
  }
}

test("a TLS 1.3 client lists every version it speaks, highest first", async () => {
  const hello = parseClientHello(await realClientHello({ minVersion: "TLSv1.2", maxVersion: "TLSv1.3" }));
  assert.deepEqual(hello?.versions, ["TLSv1.3", "TLSv1.2"]);
  assert.equal(hello?.highest, "TLSv1.3");
  assert.equal(hello?.serverName, "smtp.example.com");
  assert.ok(hello?.cipherSuites.includes("TLS_AES_256_GCM_SHA384"));
});

test("a device capped at TLS 1.2 says so, without the 1.3 suites", async () => {
  const hello = parseClientHello(await realClientHello({ minVersion: "TLSv1.2", maxVersion: "TLSv1.2" }));
  assert.equal(hello?.highest, "TLSv1.2");
  assert.ok(!hello?.cipherSuites.includes("TLS_AES_256_GCM_SHA384"));
  assert.ok(hello?.cipherSuites.includes("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
});

test("a device that only speaks TLS 1.0 is seen as such", async () => {
  const hello = parseClientHello(
    await realClientHello({ minVersion: "TLSv1", maxVersion: "TLSv1", ciphers: "DEFAULT:@SECLEVEL=0" }),
  );
  assert.deepEqual(hello?.versions, ["TLSv1"]);
  assert.equal(hello?.highest, "TLSv1");
});

test("bytes that are not a whole ClientHello give null, never a throw", async () => {
  const real = await realClientHello({});
  assert.equal(parseClientHello(Buffer.from("EHLO copier.local\r\n")), null);
  assert.equal(parseClientHello(real.subarray(0, 40)), null);
  assert.equal(parseClientHello(Buffer.alloc(0)), null);
  // Lengths that point past the data, at every cut.
  for (let cut = 0; cut < real.length; cut += 7) parseClientHello(real.subarray(0, cut));
  const lying = Buffer.from(real);
  lying.writeUInt16BE(0xffff, 3);
  assert.equal(parseClientHello(lying), null);
});
