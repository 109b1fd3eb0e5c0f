import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

/**
 * First-load JavaScript of a page as a browser really gets it: every script response while the
 * page loads, each gzipped (level 6, what servers typically use), summed. Needs a production
 * build; starts the app on a spare port for the measurement.
 */
export async function measureFirstLoadJs(paths: string[]): Promise<Map<string, number>> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npm run build` first");
  const port = 3190;
  const server = spawn(process.execPath, ["server.mjs"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout?.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("listening")) resolve();
      });
      server.once("exit", () => reject(new Error("the app server exited")));
    });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    });
    const sizes = new Map<string, number>();
    for (const path of paths) {
      const page = await browser.newPage();
      const bodies: Promise<number>[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() === "script") {
          bodies.push(response.body().then((body) => gzipSync(body, { level: 6 }).length));
        }
      });
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: "networkidle" });
      sizes.set(
        path,
        (await Promise.all(bodies)).reduce((a, b) => a + b, 0),
      );
      await page.close();
    }
    await browser.close();
    return sizes;
  } finally {
    server.kill("SIGTERM");
  }
}
