import { describe, expect, it } from 'vitest';
import { DISPLAY_CODE_ALPHABET, DISPLAY_CODE_TTL_MS, groupDisplayCode } from '../../../shared/ipc/contract/display-domain';
import { DISPLAY_CODE_TRIES_MAX, displayPairing } from '../../../electron/main/app/display/pairing-codes';
import { FixedClock } from '../../support/test-db';

const counting = (): ((n: number) => Uint8Array) => {
  let next = 0;
  return (n) => new Uint8Array(n).map(() => (next += 37) & 255);
};

describe('display pairing codes', () => {
  it('issues 8 symbols of the alphabet that expire after the TTL by the clock', () => {
    const clock = new FixedClock();
    const book = displayPairing({ clock, random: counting() });
    const issued = book.issue();
    expect(issued.code).toMatch(new RegExp(`^[${DISPLAY_CODE_ALPHABET}]{8}$`));
    expect(issued.expiresAtMs).toBe(clock.now + DISPLAY_CODE_TTL_MS);
    clock.advance(DISPLAY_CODE_TTL_MS - 1);
    expect(book.redeem(issued.code).ok).toBe(true);
    const late = book.issue();
    clock.advance(DISPLAY_CODE_TTL_MS);
    expect(book.redeem(late.code)).toMatchObject({ ok: false, error: { code: 'display_code_invalid' } });
  });

  it('is spent by its first use; grouped and lower-case spellings are the same code', () => {
    const book = displayPairing({ clock: new FixedClock(), random: counting() });
    const { code } = book.issue();
    expect(book.redeem(groupDisplayCode(code).toLowerCase()).ok).toBe(true);
    expect(book.redeem(code).ok).toBe(false);
  });

  it('a new code replaces one not used yet', () => {
    const book = displayPairing({ clock: new FixedClock(), random: counting() });
    const first = book.issue();
    const second = book.issue();
    expect(first.code).not.toBe(second.code);
    expect(book.redeem(first.code).ok).toBe(false);
    expect(book.redeem(second.code).ok).toBe(true);
  });

  it(`burns the live code after ${DISPLAY_CODE_TRIES_MAX} wrong tries`, () => {
    const book = displayPairing({ clock: new FixedClock(), random: counting() });
    const { code } = book.issue();
    for (let i = 0; i < DISPLAY_CODE_TRIES_MAX; i += 1) expect(book.redeem('ZZZZZZZZ').ok).toBe(false);
    expect(book.redeem(code).ok).toBe(false);
  });

  it('refuses every code before one was issued', () => {
    expect(displayPairing({ clock: new FixedClock(), random: counting() }).redeem('ABCDEFGH').ok).toBe(false);
  });
});
