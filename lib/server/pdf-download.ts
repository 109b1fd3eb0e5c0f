import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { ApiErrorBody } from "@/lib/api/api-error";
import { PdfCache } from "@/lib/pdf/pdf-cache";
import {
  defaultPoolSize,
  PdfBusyError,
  PdfRenderPool,
  type SpawnRenderWorker,
} from "@/lib/pdf/pdf-render-pool";
import type { RenderInput } from "@/lib/pdf/render-input";
import type { Viewer } from "@/lib/reports/mask-for-viewer";
import { errorResponse } from "./http-errors";
import { PdfLimiter } from "./pdf-limiter";
import { withShareHeaders } from "./share-headers";

/**
 * The report PDF download, from request to response: limits first, then the link, then the
 * cheapest answer that is right — 304 when the client already has this revision, the cached PDF,
 * or one render in the worker pool shared by everyone asking for the same revision at once.
 * Kept free of `server-only` and singletons (report-pdf-response.ts wires those) so tests run it
 * against a real store and a real pool.
 */

/** What a link opens, read once: the revision decides caching before any model is built. */
export type ReportSnapshot = {
  linkId: string;
  caseId: string;
  /** The case's id and stored revision: changes with every run, check or edit of the case. */
  revision: string;
  /** Reads the runs (the render thread builds the model from them): only when no cached PDF answers. */
  content: () => Promise<RenderInput>;
};

export type PdfDownloadDeps = {
  /** The report a token opens for this viewer; throws HttpError (404/410) like the other share routes. */
  open(token: string, viewer: Viewer): Promise<ReportSnapshot>;
  renderer: { render(readInput: () => RenderInput | Promise<RenderInput>): Promise<Uint8Array> };
  cache: PdfCache;
  limiter: PdfLimiter;
  clientOf(request: Request): string | null;
  /**
   * Stands for this process's renderer in the ETag: after a deploy (new layout, new wording) a
   * client's old ETag no longer matches, so it gets the new PDF rather than a 304.
   */
  renderVersion: string;
};

export type PdfDownload = (request: Request, token: string, viewer: Viewer) => Promise<Response>;

export function createPdfDownload(deps: PdfDownloadDeps): PdfDownload {
  // Requests for one link that arrive together share one read of the case: reading a 20-run case
  // is tens of milliseconds on the event loop, fifty at once held it for seconds. Only reads under
  // way are shared, never kept: the next request reads the case again.
  const opening = new Map<string, Promise<ReportSnapshot>>();
  const openShared = (token: string, viewer: Viewer): Promise<ReportSnapshot> => {
    const key = `${viewer}:${token}`;
    const underWay = opening.get(key);
    if (underWay !== undefined) return underWay;
    const read = deps.open(token, viewer).finally(() => opening.delete(key));
    opening.set(key, read);
    return read;
  };

  return async (request, token, viewer) => {
    try {
      await deps.limiter.takeClient(deps.clientOf(request));
      const snapshot = await openShared(token, viewer);
      await deps.limiter.takeLink(snapshot.linkId);
      const etag = pdfEtag(deps.renderVersion, viewer, snapshot.revision);
      if (matchesEtag(request.headers.get("if-none-match"), etag)) {
        return withShareHeaders(new Response(null, { status: 304, headers: { ETag: etag } }));
      }
      // The pool reads the runs only once it has taken the render; its thread builds the model.
      const { pdf } = await deps.cache.getOrRender(`${viewer}:${snapshot.revision}`, () =>
        deps.renderer.render(snapshot.content),
      );
      return withShareHeaders(
        new Response(new Uint8Array(pdf), {
          headers: {
            "Content-Type": "application/pdf",
            "Content-Disposition": `attachment; filename="smtp-doctor-report-${snapshot.caseId}.pdf"`,
            "Content-Length": String(pdf.byteLength),
            ETag: etag,
          },
        }),
      );
    } catch (error) {
      return withShareHeaders(error instanceof PdfBusyError ? busyResponse(error) : errorResponse(error));
    }
  };
}

/** A strong validator: the same bytes for the same revision, viewer kind and renderer. */
export function pdfEtag(renderVersion: string, viewer: Viewer, revision: string): string {
  const digest = createHash("sha256").update(`${renderVersion}\n${viewer}\n${revision}`).digest("base64url");
  return `"${digest.slice(0, 32)}"`;
}

/** If-None-Match: `*` or a list of tags, compared weakly as RFC 9110 §13.1.2 asks. */
export function matchesEtag(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

function busyResponse(error: PdfBusyError): Response {
  const body: ApiErrorBody = {
    error: { code: "unavailable", message: error.message, retryAfterSeconds: error.retryAfterSeconds },
  };
  return Response.json(body, {
    status: 503,
    headers: { "Cache-Control": "no-store", "Retry-After": String(error.retryAfterSeconds) },
  });
}

const settingsSchema = z.object({
  SMTP_DOCTOR_PDF_WORKERS: z.coerce.number().int().min(1).max(32).optional(),
  SMTP_DOCTOR_PDF_QUEUE: z.coerce.number().int().nonnegative().default(8),
  SMTP_DOCTOR_PDF_CACHE_MB: z.coerce.number().nonnegative().default(64),
});

const RENDER_TIMEOUT_MS = 30_000;
const RENDER_HEAP_MB = 512;

/** The pool, cache, limits and renderer version an app process shares, from its environment. */
export function pdfServicesFromEnv(
  env: Record<string, string | undefined>,
  spawn: SpawnRenderWorker,
): Pick<PdfDownloadDeps, "renderer" | "cache" | "limiter" | "renderVersion"> {
  const settings = settingsSchema.parse(env);
  return {
    renderer: new PdfRenderPool({
      size: settings.SMTP_DOCTOR_PDF_WORKERS ?? defaultPoolSize(),
      maxQueue: settings.SMTP_DOCTOR_PDF_QUEUE,
      timeoutMs: RENDER_TIMEOUT_MS,
      heapMb: RENDER_HEAP_MB,
      spawn,
    }),
    cache: new PdfCache(settings.SMTP_DOCTOR_PDF_CACHE_MB * 1024 * 1024),
    limiter: PdfLimiter.fromEnv(env),
    renderVersion: buildIdentity() ?? randomBytes(9).toString("base64url"),
  };
}

/**
 * The build this process runs (Next.js's BUILD_ID): the same on every instance of one deploy, so
 * an ETag from one instance is a 304 on another, and new after the next deploy. A process without
 * a build (tests) gets a random identity: its ETags never outlive it.
 */
function buildIdentity(): string | null {
  try {
    const id = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
    return id === "" ? null : `build-${id}`;
  } catch {
    return null;
  }
}
