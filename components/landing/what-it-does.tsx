const STEPS = [
  {
    title: "Tests the device's settings through RCPT TO",
    text: "DNS, connection, greeting, EHLO, STARTTLS or TLS, login, sender and recipient: the same steps the device takes. A real message is sent only if you ask.",
  },
  {
    title: "Shows the server's exact words",
    text: "Every reply code, enhanced status code and text, as the server sent it, stage by stage.",
  },
  {
    title: "Explains the root cause",
    text: "In plain language: which stage failed, what the reply means, and what it rules out.",
  },
  {
    title: "Gives corrected settings",
    text: "Server, port, encryption and login the device should use instead, and a button to test them.",
  },
];

export function WhatItDoes() {
  return (
    <section aria-labelledby="what-it-does-heading" className="flex flex-col gap-3">
      <h2 id="what-it-does-heading" className="text-xl font-semibold">
        What it does
      </h2>
      <ol className="grid gap-4 md:grid-cols-2">
        {STEPS.map((step, index) => (
          <li key={step.title} className="rounded-md border border-zinc-200 p-4 dark:border-zinc-800">
            <p className="font-medium">
              {index + 1}. {step.title}
            </p>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{step.text}</p>
          </li>
        ))}
      </ol>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        The wizard does all four in six short steps. Already have the error a device or a bounce showed? Paste
        it further down this page for the same diagnosis.
      </p>
    </section>
  );
}
