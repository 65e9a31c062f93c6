/**
 * The backend writes an `account_locked` message as `… until <lockedUntilMs>`. Read the time
 * defensively: only a plausible epoch-ms integer after the word "until" counts.
 */
export function parseLockedUntil(message: string): number | null {
  const match = /\buntil\s+(\d{10,16})(?!\d)/i.exec(message);
  if (match === null || match[1] === undefined) return null;
  const ms = Number(match[1]);
  if (!Number.isSafeInteger(ms) || ms <= 0) return null;
  return ms;
}
