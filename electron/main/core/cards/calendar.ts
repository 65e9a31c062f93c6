/**
 * Card dates without I/O: the expiry a new card gets, whether a card is past it, and where the
 * day and month windows of its limits start. Every function takes the time and the UTC offset of
 * the shop's clock (minutes east of UTC) from its caller, so a test can pin both.
 */
export type CardExpiry = { readonly month: number; readonly year: number };

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** The shop's wall-clock date at `nowMs`, as UTC fields of a shifted Date. */
function localDate(nowMs: number, offsetMinutes: number): Date {
  return new Date(nowMs + offsetMinutes * MINUTE_MS);
}

/** A card issued now is valid through the end of the month `months` months from now. */
export function expiryFor(nowMs: number, months: number, offsetMinutes: number): CardExpiry {
  const local = localDate(nowMs, offsetMinutes);
  const index = local.getUTCFullYear() * 12 + local.getUTCMonth() + months;
  return { month: (index % 12) + 1, year: Math.floor(index / 12) };
}

/** Past the last day of its expiry month, in the shop's time. */
export function isPastExpiry(expiry: CardExpiry, nowMs: number, offsetMinutes: number): boolean {
  const local = localDate(nowMs, offsetMinutes);
  const now = local.getUTCFullYear() * 12 + local.getUTCMonth();
  return now > expiry.year * 12 + (expiry.month - 1);
}

/** When the shop's current day began (limits per day). */
export function dayStartMs(nowMs: number, offsetMinutes: number): number {
  const shifted = nowMs + offsetMinutes * MINUTE_MS;
  return shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS) - offsetMinutes * MINUTE_MS;
}

/** When the shop's current calendar month began (limits per month). */
export function monthStartMs(nowMs: number, offsetMinutes: number): number {
  const local = localDate(nowMs, offsetMinutes);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - offsetMinutes * MINUTE_MS;
}
