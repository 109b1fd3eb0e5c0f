import { monotonicMs } from "./monotonic-ms";
import type {
  Reply,
  StageError,
  StageEvent,
  StageFacts,
  StageName,
  StageResult,
  StageStatus,
} from "./probe-schema";

type Finish = {
  status: StageStatus;
  summary: string;
  reply?: Reply | null;
  error?: StageError | null;
  facts?: StageFacts;
  warnings?: string[];
};

/** Keeps stage results in the order they ran, with timing, and emits events as they happen. */
export class StageRecorder {
  readonly stages: StageResult[] = [];
  private open: { name: StageName; startedAt: Date; t0: number } | null = null;

  constructor(private readonly emit: (event: StageEvent) => void) {}

  get current(): StageName | null {
    return this.open?.name ?? null;
  }

  has(name: StageName): boolean {
    return this.stages.some((stage) => stage.name === name);
  }

  start(name: StageName): void {
    if (this.open) throw new Error(`stage ${this.open.name} still open when ${name} started`);
    this.open = { name, startedAt: new Date(), t0: monotonicMs() };
    this.emit({ type: "stage-start", stage: name, at: this.open.startedAt.getTime() });
  }

  finish(name: StageName, result: Finish): StageResult {
    if (this.open?.name !== name)
      throw new Error(`finish(${name}) but open stage is ${this.open?.name ?? "none"}`);
    const stage: StageResult = {
      name,
      status: result.status,
      startedAt: this.open.startedAt.toISOString(),
      durationMs: Math.round((monotonicMs() - this.open.t0) * 10) / 10,
      summary: result.summary,
      reply: result.reply ?? null,
      error: result.error ?? null,
      facts: result.facts ?? {},
      warnings: result.warnings ?? [],
    };
    this.open = null;
    this.stages.push(stage);
    this.emit({ type: "stage-end", stage });
    return stage;
  }

  skip(name: StageName, reason: string): void {
    const stage: StageResult = {
      name,
      status: "skipped",
      startedAt: null,
      durationMs: 0,
      summary: reason,
      reply: null,
      error: null,
      facts: {},
      warnings: [],
    };
    this.stages.push(stage);
    this.emit({ type: "stage-end", stage });
  }
}
