import "server-only";
import { notFound } from "next/navigation";
import { isHttpError } from "./http-errors";

/**
 * What a share page does with its token: the value it opens, or the message of a dead link
 * (expired or revoked: the page shows it; proxy.ts has already set the 410). An unknown token, or
 * one of another kind, is a 404 page; anything else is a real error and is thrown on.
 */
export async function openSharePage<T>(open: () => Promise<T>): Promise<{ value: T } | { gone: string }> {
  try {
    return { value: await open() };
  } catch (error) {
    if (isHttpError(error) && error.code === "gone") return { gone: error.message };
    if (isHttpError(error) && error.code === "not-found") notFound();
    throw error;
  }
}
