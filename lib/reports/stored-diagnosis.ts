import type { z } from "zod";
import { diagnosisSchema } from "../diagnosis/diagnosis-schema";

/** The diagnosis stored with a run: the analyzer's own schema, so a stored run parses as it wrote it. */
export const storedDiagnosisSchema = diagnosisSchema;
export type StoredDiagnosis = z.infer<typeof storedDiagnosisSchema>;
