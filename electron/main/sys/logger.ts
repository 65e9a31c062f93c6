/**
 * The one log writer of every host (the Electron shell and the web host alike): one JSON object
 * per line, redacted before it is written (docs/security.md §5.6), so no host can log a secret by
 * forgetting to redact. Redaction is by field name (`key`, `pin`, `pan`, `cvv`, `passphrase`,
 * `token`, `secret`, `password`, also as a camel-case suffix such as `dbKey` or `staffPin`) and by
 * value (runs of 64+ hex digits, digit runs holding a Luhn-valid 13–19-digit window), in the message too.
 */
import { isLuhnValid } from '../../../shared/domain/luhn';

export type RedactingLogger = { error(message: string, detail: Record<string, unknown>): void };

const SECRET_NAMES = new Set(['key', 'pin', 'pan', 'cvv', 'passphrase', 'token', 'secret', 'password']);
const SECRET_SUFFIX = /(?:Key|Pin|Pan|Cvv|Passphrase|Token|Secret|Password)$/;
export const REDACTED = '[redacted]';

/**
 * Whether a run of digits holds a card number anywhere in it: a PAN glued to other digits (a
 * reference, a timestamp) is still a PAN, so every 13–19-digit window is tried, not the run whole.
 */
function holdsPan(run: string): boolean {
  for (let length = 13; length <= Math.min(19, run.length); length += 1) {
    for (let start = 0; start + length <= run.length; start += 1) {
      if (isLuhnValid(run.slice(start, start + length))) return true;
    }
  }
  return false;
}

export function redactText(text: string): string {
  return text
    .replace(/[0-9a-fA-F]{64,}/g, REDACTED)
    .replace(/\d{13,}/g, (run) => (holdsPan(run) ? REDACTED : run));
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
