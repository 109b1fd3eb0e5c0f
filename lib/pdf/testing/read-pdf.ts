import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/** What a reader gets out of a PDF, through poppler-utils (pdftotext, pdfinfo, pdftoppm). */

const run = promisify(execFile);

async function withPdf<T>(pdf: Buffer, use: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "smtp-doctor-pdf-"));
  try {
    const file = path.join(dir, "report.pdf");
    await writeFile(file, pdf);
    return await use(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The selectable text, page by page (pdftotext separates pages with a form feed). */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  return withPdf(pdf, async (file) => {
    const { stdout } = await run("pdftotext", ["-enc", "UTF-8", file, "-"]);
    return stdout.split("\f").slice(0, -1);
  });
}

export async function pdfInfo(pdf: Buffer): Promise<Record<string, string>> {
  return withPdf(pdf, async (file) => {
    const { stdout } = await run("pdfinfo", ["-enc", "UTF-8", file]);
    return Object.fromEntries(
      stdout
        .split("\n")
        .filter((line) => line.includes(":"))
        .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]),
    );
  });
}

export type WordBox = { page: number; word: string; xMin: number; xMax: number; pageWidth: number };

/** Every word with its horizontal extent, to prove nothing runs off the page. */
export async function pdfWordBoxes(pdf: Buffer): Promise<WordBox[]> {
  return withPdf(pdf, async (file) => {
    const { stdout } = await run("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const boxes: WordBox[] = [];
    let page = 0;
    let pageWidth = 0;
    for (const line of stdout.split("\n")) {
      const pageMatch = /<page width="([\d.]+)"/.exec(line);
      if (pageMatch) {
        page += 1;
        pageWidth = Number(pageMatch[1]);
      }
      const word = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(
        line,
      );
      if (word)
        boxes.push({ page, word: word[3] ?? "", xMin: Number(word[1]), xMax: Number(word[2]), pageWidth });
    }
    return boxes;
  });
}

/** One page as PNG bytes (what a person would see), at a low resolution. */
export async function pdfPagePng(pdf: Buffer, page: number, outFile?: string): Promise<Buffer> {
  return withPdf(pdf, async (file, dir) => {
    const prefix = path.join(dir, "page");
    await run("pdftoppm", [
      "-png",
      "-r",
      "80",
      "-f",
      String(page),
      "-l",
      String(page),
      "-singlefile",
      file,
      prefix,
    ]);
    const png = await readFile(`${prefix}.png`);
    if (outFile) await writeFile(outFile, png);
    return png;
  });
}
