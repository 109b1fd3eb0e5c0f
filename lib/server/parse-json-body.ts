import * as z from "zod/mini";
import type { $ZodType } from "zod/v4/core";
import { HttpError, invalidInputError } from "./http-errors";

/** Probe inputs are a few hundred bytes; anything near this is not a real form. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON request body and parses it with `schema`, throwing an `HttpError` for each way it
 * can fail. Requiring `application/json` keeps cross-site HTML forms (which cannot send it without
 * a CORS preflight) from starting probes.
 */
export async function parseJsonBody<S extends $ZodType>(
  request: Request,
  schema: S,
  maxBytes: number = MAX_JSON_BODY_BYTES,
): Promise<z.output<S>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    throw new HttpError("unsupported-media-type", "Send the request body as application/json.");
  }
  const text = await readCappedText(request, maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // The parser's message quotes the body, which may hold a password: use our own words.
    throw new HttpError("invalid-json", "The request body is not valid JSON.");
  }
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) throw invalidInputError(parsed.error);
  return parsed.data;
}

async function readCappedText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new HttpError("payload-too-large", `The request body is larger than ${maxBytes} bytes.`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return "";
  // Count while reading: a chunked body has no Content-Length to trust.
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
