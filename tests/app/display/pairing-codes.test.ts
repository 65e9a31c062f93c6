import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../shared/domain/audit-kinds';
import { DISPLAY_CODE_ALPHABET, DISPLAY_CODE_TTL_MS, groupDisplayCode } from '../../../shared/ipc/contract/display-domain';
import { DISPLAY_CODE_TRIES_MAX, displayPairing } from '../../../electron/main/app/display/pairing-codes';
import { FixedClock } from '../../support/test-db';

const counting = (): ((n: number) => Uint8Array) => {
  let next = 0;
  return (n) => new Uint8Array(n).map(() => (next += 37) & 255);
};

const ISSUER = 'staff-1';

/** A pairing book over a fixed clock, with the audit events it writes. */
function book(clock = new FixedClock()) {
  const audits: AuditEvent[] = [];
  const pairing = displayPairing({ clock, random: counting(), audit: (event) => Promise.resolve(void audits.push(event)) });
  return { pairing, audits, clock };
}

describe('display pairing codes', () => {
  it('issues 8 symbols of the alphabet that expire after the TTL by the clock', async () => {
    const { pairing, clock } = book();
    const issued = pairing.issue(ISSUER);
    expect(issued.code).toMatch(new RegExp(`^[${DISPLAY_CODE_ALPHABET}]{8}$`));
    expect(issued.expiresAtMs).toBe(clock.now + DISPLAY_CODE_TTL_MS);
    clock.advance(DISPLAY_CODE_TTL_MS - 1);
    expect((await pairing.redeem(issued.code, 'http')).ok).toBe(true);
    const late = pairing.issue(ISSUER);
    clock.advance(DISPLAY_CODE_TTL_MS);
    expect(await pairing.redeem(late.code, 'http')).toMatchObject({ ok: false, error: { code: 'display_code_invalid' } });
  });

  it('is spent by its first use; grouped and lower-case spellings are the same code; the pairing is audited once', async () => {
    const { pairing, audits } = book();
    const { code } = pairing.issue(ISSUER);
    expect((await pairing.redeem(groupDisplayCode(code).toLowerCase(), 'ipc')).ok).toBe(true);
    expect((await pairing.redeem(code, 'ipc')).ok).toBe(false);
    expect(audits).toEqual([{ kind: 'audit.displayPaired', staffId: ISSUER, origin: 'ipc', detail: {} }]);
  });

  it('a new code replaces one not used yet', async () => {
    const { pairing } = book();
    const first = pairing.issue(ISSUER);
    const second = pairing.issue(ISSUER);
    expect(first.code).not.toBe(second.code);
    expect((await pairing.redeem(first.code, 'http')).ok).toBe(false);
    expect((await pairing.redeem(second.code, 'http')).ok).toBe(true);
  });

  it(`burns the live code after ${DISPLAY_CODE_TRIES_MAX} wrong tries, and audits the burn (not each try)`, async () => {
    const { pairing, audits } = book();
    const { code } = pairing.issue(ISSUER);
    for (let i = 0; i < DISPLAY_CODE_TRIES_MAX; i += 1) expect((await pairing.redeem('ZZZZZZZZ', 'http')).ok).toBe(false);
    expect((await pairing.redeem(code, 'http')).ok).toBe(false);
    expect(audits).toEqual([{ kind: 'audit.displayCodeBurnt', staffId: ISSUER, origin: 'http', detail: { wrongTries: DISPLAY_CODE_TRIES_MAX } }]);
  });

  it('refuses every code before one was issued, and audits nothing', async () => {
    const { pairing, audits } = book();
    expect((await pairing.redeem('ABCDEFGH', 'http')).ok).toBe(false);
    expect(audits).toEqual([]);
  });
});
