import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkProgram, generatePan, generateUniquePan, maskPan, panLast4, panSpace, parsePan, type CardProgramPan,
} from '../../../electron/main/core/cards/pan';
import { isLuhnValid } from '../../../shared/domain/luhn';
import { fcSeed } from '../../support/fc-seed';
import { prng } from '../../support/prng';

const PROGRAM: CardProgramPan = { bin: '62345678', panLength: 16 };

/** A deterministic source from a seed, so a failing case replays. */
function seededSource(seed: number): (n: number) => Uint8Array {
  const next = prng(seed);
  return (n) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('card program', () => {
  it.each([
    [{ bin: '123456', panLength: 13 }, true],
    [{ bin: '12345678', panLength: 19 }, true],
    [{ bin: '12345', panLength: 16 }, false],
    [{ bin: '123456789', panLength: 16 }, false],
    [{ bin: '12345a', panLength: 16 }, false],
    [{ bin: '123456', panLength: 12 }, false],
    [{ bin: '123456', panLength: 20 }, false],
    [{ bin: '123456', panLength: 16.5 }, false],
    [{ bin: '123456', panLength: Number.NaN }, false],
  ])('%o valid: %s', (program, valid) => {
    const result = checkProgram(program);
    expect(result.ok).toBe(valid);
    if (!result.ok) expect(result.error.code).toBe('invalid_card_program');
    expect(generatePan(program, randomBytes).ok).toBe(valid);
  });

  it('counts the space of account digits', () => {
    expect(panSpace({ bin: '12345678', panLength: 13 })).toBe(10_000);
    expect(panSpace(PROGRAM)).toBe(10_000_000);
  });
});

describe('generatePan', () => {
  it('property: BIN prefix, exact length, Luhn valid, for every program shape', () => {
    const seed = fcSeed('pan shape');
    const program = fc.record({
      bin: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 8 }),
      panLength: fc.integer({ min: 13, max: 19 }),
    });
    fc.assert(
      fc.property(program, fc.integer(), (p, s) => {
        const pan = value(generatePan(p, seededSource(s)));
        expect(pan).toHaveLength(p.panLength);
        expect(pan.startsWith(p.bin)).toBe(true);
        expect(isLuhnValid(pan)).toBe(true);
        expect(value(parsePan(pan))).toBe(pan);
      }),
      { seed, numRuns: 2000 },
    );
  });

  it('takes account digits from the source, skipping the biased bytes 250–255', () => {
    // 250..255 are skipped; 7 → 7, 19 → 9, 249 → 9.
    const bytes = [250, 255, 7, 19, 249, 0, 1, 2, 3];
    let at = 0;
    const source = (n: number) => Uint8Array.from({ length: n }, () => bytes[at++ % bytes.length] ?? 0);
    const pan = value(generatePan({ bin: '123456', panLength: 13 }, source));
    expect(pan.slice(0, 12)).toBe('123456799012');
    expect(isLuhnValid(pan)).toBe(true);
  });

  it('is not sequential: 1,000 PANs are distinct and not in order', () => {
    const source = seededSource(fcSeed('pan order'));
    const pans = Array.from({ length: 1000 }, () => value(generatePan(PROGRAM, source)));
    expect(new Set(pans).size).toBe(1000);
    const increasing = pans.filter((pan, i) => i > 0 && pan > (pans[i - 1] as string)).length;
    // An ordered (sequential) generator gives 999; a random one about half.
    expect(increasing).toBeGreaterThan(350);
    expect(increasing).toBeLessThan(650);
  });

  it('throws on a broken source that never yields a usable byte', () => {
    expect(() => generatePan(PROGRAM, (n) => new Uint8Array(n).fill(255))).toThrow(/unusable/);
  });
});

describe('generateUniquePan', () => {
  it('retries on a collision and returns the first unused PAN', async () => {
    // Forced collisions: the source repeats one PAN three times, then moves on.
    const streams = [0, 0, 0, 1].map((fill) => new Uint8Array(8).fill(fill));
    let call = 0;
    const source = (n: number) => (streams[Math.min(call++, streams.length - 1)] as Uint8Array).slice(0, n);
    const first = value(generatePan(PROGRAM, () => new Uint8Array(8)));
    const issued = new Set([first]);
    const result = value(await generateUniquePan(PROGRAM, (pan) => issued.has(pan), source));
    expect(result.attempts).toBe(4);
    expect(result.pan).not.toBe(first);
    expect(result.pan.startsWith('623456781111111')).toBe(true);
  });

  it('gives up with pan_collision_limit after the bound when every draw collides', async () => {
    let lookups = 0;
    const result = await generateUniquePan(PROGRAM, async () => {
      lookups += 1;
      return true;
    }, randomBytes, 5);
    expect(result).toMatchObject({ ok: false, error: { code: 'pan_collision_limit' } });
    expect(lookups).toBe(5);
  });

  it('refuses a bad program before any lookup', async () => {
    let lookups = 0;
    const result = await generateUniquePan({ bin: '1', panLength: 16 }, () => {
      lookups += 1;
      return false;
    }, randomBytes);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_card_program' } });
    expect(lookups).toBe(0);
  });

  it('fills a tiny program completely, then reports the limit', async () => {
    // The smallest space a program can have: 10^4 (BIN of 8, length 13); collisions are frequent here.
    const tiny: CardProgramPan = { bin: '12345678', panLength: 13 };
    const issued = new Set<string>();
    const source = seededSource(fcSeed('pan tiny program'));
    for (let i = 0; i < 200; i += 1) {
      const { pan } = value(await generateUniquePan(tiny, (p) => issued.has(p), source, 10_000));
      expect(issued.has(pan)).toBe(false);
      issued.add(pan);
    }
    expect(issued.size).toBe(200);
  });
});

describe('parsePan', () => {
  it.each(['4111111111111111', '4111 1111 1111 1111', '4111-1111-1111-1111', '378282246310005'])(
    'accepts %j',
    (text) => {
      expect(parsePan(text).ok).toBe(true);
    },
  );

  it.each(['4111111111111112', '411111111111', '41111111111111111111', '4111x11111111111', '', '1'.repeat(100)])(
    'refuses %j as invalid_pan without repeating it',
    (text) => {
      const result = parsePan(text);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_pan' } });
      if (!result.ok && text.length > 0) expect(result.error.message).not.toContain(text);
    },
  );
});

describe('maskPan', () => {
  it.each([
    ['6234567812345678', 8, '62345678****5678'],
    ['6234567812345678', 6, '623456******5678'],
    ['6234567812345678', 0, '************5678'],
    ['6234567812345678', 12, '62345678****5678'],
    ['1234567890123', 8, '123456***0123'],
    ['1234567890123456789', 8, '12345678*******6789'],
    ['6234567812345678', Number.NaN, '************5678'],
    ['6234567812345678', -3, '************5678'],
  ])('%s with BIN length %d → %s', (pan, bin, masked) => {
    expect(maskPan(pan, bin)).toBe(masked);
    expect(masked).toHaveLength(pan.length);
  });

  it('property: never shows more than BIN + last 4, and never a run of 13+ digits', () => {
    const seed = fcSeed('maskPan');
    fc.assert(
      fc.property(fc.integer({ min: 13, max: 19 }), fc.integer({ min: -2, max: 20 }), fc.integer(), (length, bin, s) => {
        const pan = value(generatePan({ bin: '12345678', panLength: length }, seededSource(s)));
        const masked = maskPan(pan, bin);
        const shown = masked.replace(/\*/g, '').length;
        expect(shown).toBeLessThanOrEqual((length >= 16 ? 8 : 6) + 4);
        expect(masked).not.toMatch(/[0-9]{13}/);
        expect(masked.slice(-4)).toBe(panLast4(pan));
      }),
      { seed, numRuns: 1000 },
    );
  });

  it('throws on something that is not a PAN', () => {
    expect(() => maskPan('1234', 6)).toThrow(TypeError);
    expect(() => panLast4('abc')).toThrow(TypeError);
  });
});
