import { describe, expect, it } from 'vitest';
import { parseScan } from '../../../electron/main/core/cards/scan';

const PAN = '4111111111111111';

describe('keyboard-wedge scans', () => {
  it.each([
    ['track 1', `%B${PAN}^WANG/FANG^2908101000000000000000?`, 'track1', { month: 8, year: 2029 }],
    ['track 1 with LRC and Enter', `%B${PAN}^DOE/JANE ^2712?;\r\n`, 'track1', { month: 12, year: 2027 }],
    ['track 2', `;${PAN}=29081010000000000000?`, 'track2', { month: 8, year: 2029 }],
    ['track 2 with D separator', `;${PAN}D2908?\n`, 'track2', { month: 8, year: 2029 }],
    ['tracks 1 and 2', `%B${PAN}^WANG/FANG^2908101?;${PAN}=2908101?\r`, 'track1', { month: 8, year: 2029 }],
    ['a digit burst', `${PAN}\r\n`, 'digits', null],
    ['digits grouped as printed', '4111 1111 1111 1111', 'digits', null],
    ['a 13-digit number', '4222222222222', 'digits', null],
  ])('%s', (_label, text, source, expiry) => {
    const scanned = parseScan(text);
    expect(scanned).toEqual({ ok: true, value: { pan: scanned.ok ? scanned.value.pan : '', expiry, source } });
    expect(scanned.ok && /^[0-9]{13,19}$/.test(scanned.value.pan)).toBe(true);
  });

  it('a track with a bad check digit falls back to the other track', () => {
    const scanned = parseScan(`%B4111111111111112^X^2908?;${PAN}=2908?`);
    expect(scanned).toMatchObject({ ok: true, value: { pan: PAN, source: 'track2' } });
  });

  it.each([
    ['a wrong check digit', '4111111111111112'],
    ['too short', '411111111111'],
    ['letters', 'hello world'],
    ['a track without its end sentinel', `%B${PAN}^X^2908`],
    ['an empty scan', '\r\n'],
    ['too long', `${'4'.repeat(300)}`],
  ])('%s → invalid_pan, the input not echoed', (_label, text) => {
    const scanned = parseScan(text);
    expect(scanned.ok).toBe(false);
    if (!scanned.ok) {
      expect(scanned.error.code).toBe('invalid_pan');
      expect(scanned.error.message).not.toContain('4111');
    }
  });
});
