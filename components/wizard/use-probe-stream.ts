"use client";

import { useCallback, useRef, useState } from "react";
import { readStreamLine } from "@/lib/api/probe-stream";
import { readApiError } from "@/lib/api/read-api-error";
import type { DiagnosisContextInput } from "@/lib/diagnosis/diagnosis-context";
import type { Diagnosis } from "@/lib/diagnosis/diagnosis-schema";
import { plannedStages } from "@/lib/smtp/planned-stages";
import type { ProbeInput } from "@/lib/smtp/probe-input-schema";
import type { ProbeResult, StageName, StageResult, TranscriptEntry } from "@/lib/smtp/probe-schema";
import type { RunRecord } from "./wizard-state";

export type LiveStage = {
  name: StageName;
  state: "pending" | "running" | "done";
  startedAt: number | null;
  result: StageResult | null;
};

export type StreamState =
  | { phase: "idle" }
  | { phase: "running"; stages: LiveStage[]; transcript: TranscriptEntry[]; startedAt: number }
  | {
      phase: "done";
      stages: LiveStage[];
      transcript: TranscriptEntry[];
      result: ProbeResult;
      diagnosis: Diagnosis | null;
    }
  | { phase: "cancelled"; stages: LiveStage[]; transcript: TranscriptEntry[] }
  | {
      phase: "error";
      message: string;
      retryAfterSeconds?: number;
      issues?: { path: string; message: string }[];
    };

const LOST =
  "The connection to SMTP Doctor was lost during the test. Check the connection and run the test again.";
const UNREADABLE =
  "SMTP Doctor sent a progress line this page does not understand, so the test was stopped. Reload the page and run it again.";

/** Runs a probe through the streaming API and keeps a live picture of its stages. */
export function useProbeStream() {
  const [state, setState] = useState<StreamState>({ phase: "idle" });
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (input: ProbeInput, context: DiagnosisContextInput): Promise<RunRecord | null> => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      let stages: LiveStage[] = plannedStages(input.security).map((name) => ({
        name,
        state: "pending",
        startedAt: null,
        result: null,
      }));
      let transcript: TranscriptEntry[] = [];
      const startedAt = Date.now();
      setState({ phase: "running", stages, transcript, startedAt });
      try {
        const response = await fetch("/api/probe/stream", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ probe: input, context }),
          signal: abort.signal,
        });
        if (!response.ok || !response.body) {
          const error = await readApiError(await response.json().catch(() => null));
          setState({
            phase: "error",
            message: error?.message ?? `The test could not start (HTTP ${response.status}).`,
            retryAfterSeconds: error?.retryAfterSeconds,
            issues: error?.issues,
          });
          return null;
        }
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = "";
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffer += value;
          const lines = buffer.split("\n");
          buffer = lines.pop() ?? "";
          for (const text of lines) {
            if (!text.trim()) continue;
            const line = readStreamLine(text);
            if (!line) {
              abort.abort();
              setState({ phase: "error", message: UNREADABLE });
              return null;
            }
            if (line.type === "stage-start") {
              stages = stages.map((s) =>
                s.name === line.stage ? { ...s, state: "running", startedAt: Date.now() } : s,
              );
            } else if (line.type === "stage-end") {
              stages = stages.map((s) =>
                s.name === line.stage.name ? { ...s, state: "done", result: line.stage } : s,
              );
            } else if (line.type === "transcript") {
              transcript = [...transcript, line.entry];
            } else if (line.type === "result") {
              setState({ phase: "done", stages, transcript, result: line.result, diagnosis: line.diagnosis });
              return { result: line.result, diagnosis: line.diagnosis };
            } else {
              setState({ phase: "error", message: line.message });
              return null;
            }
            setState({ phase: "running", stages, transcript, startedAt });
          }
        }
        setState({
          phase: "error",
          message: "The connection to SMTP Doctor ended before the test finished.",
        });
        return null;
      } catch {
        // Replaced by a newer test or a reset: that one owns the state now.
        if (controller.current !== abort) return null;
        if (abort.signal.aborted) {
          setState({ phase: "cancelled", stages, transcript });
          return null;
        }
        setState({ phase: "error", message: LOST });
        return null;
      }
    },
    [],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  /** Back to idle (a new diagnosis): a running test is cancelled first. */
  const reset = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ phase: "idle" });
  }, []);
  return { state, start, cancel, reset };
}
