/**
 * The one log writer of every host (the Electron shell and the web host alike): one JSON object
 * per line, redacted before it is written (docs/security.md §5.6), so no host can log a secret by
 * forgetting to redact. Redaction is by field name (`key`, `pin`, `pan`, `cvv`, `passphrase`,
 * `token`, `secret`, `password`, also as a camel-case suffix such as `dbKey` or `staffPin`) and by
 * value (runs of 64+ hex digits, Luhn-valid runs of 13–19 digits), in the message too.
 */
export type RedactingLogger = { error(message: string, detail: Record<string, unknown>): void };

const SECRET_NAMES = new Set(['key', 'pin', 'pan', 'cvv', 'passphrase', 'token', 'secret', 'password']);
const SECRET_SUFFIX = /(?:Key|Pin|Pan|Cvv|Passphrase|Token|Secret|Password)$/;
export const REDACTED = '[redacted]';

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function redactText(text: string): string {
  return text
    .replace(/[0-9a-fA-F]{64,}/g, REDACTED)
    .replace(/\d{13,19}/g, (run) => (luhnValid(run) ? REDACTED : run));
}

function redactValue(value: unknown): unknown {
  return typeof value === 'string' ? redactText(value) : value;
}

export function redactDetail(detail: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(detail).map(([name, value]) => [
      name,
      SECRET_NAMES.has(name.toLowerCase()) || SECRET_SUFFIX.test(name) ? REDACTED : redactValue(value),
    ]),
  );
}

/** `write` gets one finished line (newline included); `now` stamps it (injectable for tests). */
export function redactingLogger(write: (line: string) => void, now: () => number = Date.now): RedactingLogger {
  return {
    error(message, detail) {
      const line = { level: 'error', atMs: now(), message: redactText(message), ...redactDetail(detail) };
      write(`${JSON.stringify(line)}\n`);
    },
  };
}

/** stderr: stdout is reserved (the web host prints exactly one URL line there). */
export const stderrLogger: RedactingLogger = redactingLogger((line) => {
  process.stderr.write(line);
});
