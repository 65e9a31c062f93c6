import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayStartMs, expiryFor, isPastExpiry, monthStartMs } from '../../../electron/main/core/cards/calendar';
import { afterRightPin, afterWrongPin, triesLeft } from '../../../electron/main/core/cards/pin-tries';
import { fcSeed } from '../../support/fc-seed';

const at = (iso: string) => Date.parse(iso);
const CHINA = 8 * 60;

describe('card expiry', () => {
  it('runs to the end of the month `months` months after issuance, in the shop time', () => {
    expect(expiryFor(at('2026-01-15T10:00:00Z'), 36, 0)).toEqual({ month: 1, year: 2029 });
    expect(expiryFor(at('2026-11-30T10:00:00Z'), 3, 0)).toEqual({ month: 2, year: 2027 });
    expect(expiryFor(at('2026-12-01T00:00:00Z'), 12, 0)).toEqual({ month: 12, year: 2027 });
    // 20:00 UTC on 31 December is already 1 January in Shanghai.
    expect(expiryFor(at('2026-12-31T20:00:00Z'), 1, CHINA)).toEqual({ month: 2, year: 2027 });
    expect(expiryFor(at('2026-12-31T20:00:00Z'), 1, 0)).toEqual({ month: 1, year: 2027 });
  });

  it('a card is past its expiry from the first instant of the next month, not before', () => {
    const expiry = { month: 2, year: 2027 };
    expect(isPastExpiry(expiry, at('2027-02-28T23:59:59.999Z'), 0)).toBe(false);
    expect(isPastExpiry(expiry, at('2027-03-01T00:00:00Z'), 0)).toBe(true);
    expect(isPastExpiry(expiry, at('2027-02-28T15:59:59.999Z'), CHINA)).toBe(false);
    expect(isPastExpiry(expiry, at('2027-02-28T16:00:00Z'), CHINA)).toBe(true);
    expect(isPastExpiry({ month: 12, year: 2026 }, at('2027-01-01T00:00:00Z'), 0)).toBe(true);
  });
});

describe('limit windows', () => {
  it('the day and the month start at the shop’s midnight', () => {
    expect(dayStartMs(at('2026-03-10T13:45:00Z'), 0)).toBe(at('2026-03-10T00:00:00Z'));
    expect(dayStartMs(at('2026-03-10T13:45:00Z'), CHINA)).toBe(at('2026-03-09T16:00:00Z'));
    expect(dayStartMs(at('2026-03-10T17:00:00Z'), CHINA)).toBe(at('2026-03-10T16:00:00Z'));
    expect(dayStartMs(at('2026-03-10T02:00:00Z'), -300)).toBe(at('2026-03-09T05:00:00Z'));
    expect(monthStartMs(at('2026-03-10T13:45:00Z'), 0)).toBe(at('2026-03-01T00:00:00Z'));
    expect(monthStartMs(at('2026-02-28T17:00:00Z'), CHINA)).toBe(at('2026-02-28T16:00:00Z'));
  });

  it('property: start ≤ now < start + one day, and the month starts on or before the day', () => {
    const seed = fcSeed('card limit windows');
    fc.assert(fc.property(
      fc.integer({ min: 946_684_800_000, max: 4_102_444_800_000 }), fc.integer({ min: -720, max: 840 }),
      (now, offset) => {
        const day = dayStartMs(now, offset);
        const month = monthStartMs(now, offset);
        return day <= now && now < day + 86_400_000 && month <= day && new Date(day + offset * 60_000).getUTCHours() === 0;
      },
    ), { seed, numRuns: 2000 });
  });
});

describe('PIN tries', () => {
  it('the third consecutive wrong PIN blocks, a right one starts afresh', () => {
    expect(afterWrongPin(0)).toEqual({ failures: 1, blocked: false });
    expect(afterWrongPin(1)).toEqual({ failures: 2, blocked: false });
    expect(afterWrongPin(2)).toEqual({ failures: 3, blocked: true });
    expect(afterWrongPin(3)).toEqual({ failures: 3, blocked: true });
    expect(afterRightPin()).toEqual({ failures: 0, blocked: false });
    expect([0, 1, 2, 3].map(triesLeft)).toEqual([3, 2, 1, 0]);
  });
});
