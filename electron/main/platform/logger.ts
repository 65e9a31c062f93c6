import type { Logger } from '../ipc/dispatch';

/**
 * Main-process log lines on stderr, one JSON object each, redacted (security.md §5.8): by field
 * name (`key`, `pin`, `pan`, `cvv`, `passphrase`, `token`, `secret`, `password`, also as a
 * camel-case suffix such as `dbKey`) and by value (64+ hex runs, Luhn-valid 13–19 digit runs).
 */
const SECRET_NAMES = new Set(['key', 'pin', 'pan', 'cvv', 'passphrase', 'token', 'secret', 'password']);
const SECRET_SUFFIX = /(?:Key|Pin|Pan|Cvv|Passphrase|Token|Secret|Password)$/;

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
    .replace(/[0-9a-fA-F]{64,}/g, '[redacted]')
    .replace(/\d{13,19}/g, (run) => (luhnValid(run) ? '[redacted]' : run));
}

function redactValue(value: unknown): unknown {
  return typeof value === 'string' ? redactText(value) : value;
}

export function redactDetail(detail: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(detail).map(([name, value]) => [
      name,
      SECRET_NAMES.has(name.toLowerCase()) || SECRET_SUFFIX.test(name) ? '[redacted]' : redactValue(value),
    ]),
  );
}

export const stderrLogger: Logger = {
  error(message, detail) {
    const line = { level: 'error', atMs: Date.now(), message: redactText(message), ...redactDetail(detail) };
    process.stderr.write(`${JSON.stringify(line)}\n`);
  },
};
