import path from "node:path";
import { z } from "zod";

export const DEFAULT_SHARE_TTL_DAYS = 14;
export const DATABASE_FILE_NAME = "smtp-doctor.db";

const storeEnvSchema = z.object({
  SMTP_DOCTOR_DATA_DIR: z.string().trim().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .trim()
    .refine((value) => /^postgres(ql)?:\/\//.test(value), "DATABASE_URL must be a postgres:// URL")
    .optional(),
  SMTP_DOCTOR_SHARE_TTL_DAYS: z.coerce
    .number({ error: "SMTP_DOCTOR_SHARE_TTL_DAYS must be a number of days" })
    .int("SMTP_DOCTOR_SHARE_TTL_DAYS must be a whole number of days")
    .min(1, "SMTP_DOCTOR_SHARE_TTL_DAYS must be at least 1")
    .max(365, "SMTP_DOCTOR_SHARE_TTL_DAYS must be at most 365")
    .default(DEFAULT_SHARE_TTL_DAYS),
});

/**
 * `postgres`: several app instances share one PostgreSQL (DATABASE_URL). `sqlite`: the embedded
 * default, one file in the data folder and no service to run.
 */
export type StoreSettings =
  | { kind: "sqlite"; file: string; shareTtlDays: number }
  | { kind: "postgres"; databaseUrl: string; shareTtlDays: number };

/** Which case database to use and how long share links last; a bad value fails start-up. */
export function storeSettingsFromEnv(env: Record<string, string | undefined>): StoreSettings {
  // An empty variable means "not set", as it does in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = storeEnvSchema.parse(present);
  if (parsed.DATABASE_URL !== undefined) {
    return {
      kind: "postgres",
      databaseUrl: parsed.DATABASE_URL,
      shareTtlDays: parsed.SMTP_DOCTOR_SHARE_TTL_DAYS,
    };
  }
  return {
    kind: "sqlite",
    file: path.resolve(parsed.SMTP_DOCTOR_DATA_DIR, DATABASE_FILE_NAME),
    shareTtlDays: parsed.SMTP_DOCTOR_SHARE_TTL_DAYS,
  };
}
