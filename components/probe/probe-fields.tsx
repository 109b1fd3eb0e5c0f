import { controlErrorProps, Field } from "@/components/ui/field";
import { SelectInput } from "@/components/ui/select-input";
import { TextInput } from "@/components/ui/text-input";
import type { ProbeFieldErrors } from "./probe-request";

/** The device's SMTP settings, as a copier's settings page names them. */
export function ProbeFields({ errors }: { errors: ProbeFieldErrors }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field id="probe-host" label="SMTP server" hint="(name or IP address)" error={errors.host}>
        <TextInput
          id="probe-host"
          name="host"
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          placeholder="smtp.office365.com"
          {...controlErrorProps("probe-host", errors.host)}
        />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field id="probe-port" label="Port" error={errors.port}>
          <TextInput
            id="probe-port"
            name="port"
            inputMode="numeric"
            defaultValue="587"
            {...controlErrorProps("probe-port", errors.port)}
          />
        </Field>
        <Field id="probe-security" label="Encryption" error={errors.security}>
          <SelectInput
            id="probe-security"
            name="security"
            defaultValue="starttls"
            {...controlErrorProps("probe-security", errors.security)}
          >
            <option value="none">None</option>
            <option value="starttls">STARTTLS</option>
            <option value="tls">SSL/TLS (implicit)</option>
          </SelectInput>
        </Field>
      </div>
      <Field id="probe-username" label="Username" hint="(optional)" error={errors.username}>
        <TextInput
          id="probe-username"
          name="username"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          {...controlErrorProps("probe-username", errors.username)}
        />
      </Field>
      <Field
        id="probe-password"
        label="Password"
        hint="(optional, used once, never stored)"
        error={errors.password}
      >
        <TextInput
          id="probe-password"
          name="password"
          type="password"
          autoComplete="off"
          {...controlErrorProps("probe-password", errors.password)}
        />
      </Field>
      <Field id="probe-from" label="Sender address (MAIL FROM)" error={errors.from}>
        <TextInput
          id="probe-from"
          name="from"
          type="email"
          required
          placeholder="scanner@example.com"
          {...controlErrorProps("probe-from", errors.from)}
        />
      </Field>
      <Field id="probe-to" label="Test recipient (RCPT TO)" error={errors.to}>
        <TextInput
          id="probe-to"
          name="to"
          type="email"
          required
          placeholder="someone@example.com"
          {...controlErrorProps("probe-to", errors.to)}
        />
      </Field>
    </div>
  );
}
