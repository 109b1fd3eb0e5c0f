"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";
import { FAILING } from "./failing-functions";
import type { WizardState } from "./wizard-state";

export type DeviceFamilyOption = { id: string; name: string };

type Props = {
  device: WizardState["device"];
  families: DeviceFamilyOption[];
  onChange: (patch: Partial<WizardState["device"]>) => void;
  onNext: () => void;
};

/** Step 1: which device and what fails. Free text, with the known families suggested. */
export function StepDevice({ device, families, onChange, onNext }: Props) {
  return (
    <form
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      <Field id="device-model" label="Device make and model" hint="(e.g. Sharp MX-4070N; optional)">
        <TextInput
          id="device-model"
          list="device-families"
          value={device.model}
          autoComplete="off"
          onChange={(e) => onChange({ model: e.target.value })}
        />
        <datalist id="device-families">
          {families.map((family) => (
            <option key={family.id} value={family.name} />
          ))}
        </datalist>
      </Field>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">What is failing?</legend>
        {FAILING.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="failing"
              value={option.value}
              checked={device.failing === option.value}
              onChange={() => onChange({ failing: option.value })}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit">Next: mail platform</Button>
      </div>
    </form>
  );
}
