import type { ServerResponse } from "node:http";

export type AdmissionQueue = {
  admit(res: ServerResponse, start: () => void): "queued" | "refused";
  size(): { active: number; waiting: number };
};

export function createAdmissionQueue(options: {
  concurrency: number;
  maxWaiting: number;
  retryAfterSeconds: number;
  headers: Record<string, string>;
}): AdmissionQueue;
