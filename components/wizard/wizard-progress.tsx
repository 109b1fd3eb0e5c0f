import { STEPS, type StepId, stepIndex } from "./wizard-state";

/** Where the user is in the flow; earlier steps are buttons (go back without losing input). */
export function WizardProgress({
  current,
  reachable,
  onGo,
}: {
  current: StepId;
  reachable: number;
  onGo: (step: StepId) => void;
}) {
  const at = stepIndex(current);
  return (
    <nav aria-label="Wizard steps">
      <ol className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {STEPS.map((step, i) => {
          const label = `${i + 1}. ${step.title}`;
          const isCurrent = i === at;
          return (
            <li key={step.id}>
              {isCurrent || i > reachable ? (
                <span
                  aria-current={isCurrent ? "step" : undefined}
                  className={
                    isCurrent
                      ? "font-semibold text-blue-800 dark:text-blue-300"
                      : "text-zinc-500 dark:text-zinc-400"
                  }
                >
                  {label}
                </span>
              ) : (
                <button
                  type="button"
                  className="text-blue-700 underline-offset-2 hover:underline dark:text-blue-400"
                  onClick={() => onGo(step.id)}
                >
                  {label}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
